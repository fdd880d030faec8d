// Poll the report build's status, list its steps, and go back to the report when done.
const box = document.getElementById("build-progress");
const state = document.getElementById("build-state");
const steps = document.getElementById("build-steps");

async function poll() {
  const response = await fetch(box.dataset.statusUrl, { credentials: "same-origin" });
  if (!response.ok) {
    state.textContent = "The build's progress could not be read. Reload the page.";
    return;
  }
  const job = await response.json();
  steps.replaceChildren(...job.steps.map((text) => {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  }));
  if (job.state === "done") {
    window.location.assign(job.next);
  } else if (job.state === "failed") {
    state.textContent = "The build failed. Try again; if it fails again, tell whoever runs Safeboard.";
  } else {
    window.setTimeout(poll, 1000);
  }
}

if (box) {
  poll();
}
