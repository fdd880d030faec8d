// Start GOV.UK Frontend's components (menus, error summaries, buttons).
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";

initAll();
