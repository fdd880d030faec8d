// Poll the upload's status and move the progress bar; go on to the findings when done.
const box = document.getElementById("upload-progress");
const bar = document.getElementById("read-progress");
const text = document.getElementById("progress-text");

async function poll() {
  const response = await fetch(box.dataset.statusUrl, { credentials: "same-origin" });
  if (!response.ok) {
    text.textContent = "This upload has expired. Upload the file again.";
    return;
  }
  const job = await response.json();
  if (job.total > 0) {
    bar.max = job.total;
    bar.value = job.done;
    const percent = Math.floor((100 * job.done) / job.total);
    text.textContent = `Read ${percent}% of the files.`;
  }
  if (job.state === "checked" || job.state === "refused") {
    window.location.assign(job.next);
  } else if (job.state === "failed") {
    text.textContent = "The check failed. Upload the file again; if it fails again, tell whoever runs Safeboard.";
  } else {
    window.setTimeout(poll, 500);
  }
}

if (box) {
  poll();
}
