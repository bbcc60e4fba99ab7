// `npm start`: serves the add-in over https://localhost:3000 and sideloads it where Excel desktop
// exists (Windows, macOS). Elsewhere it keeps serving and says how to use Excel on the web.
import { spawn } from "node:child_process";

const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(args) {
  const child = spawn(npx, args, { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (hasExcelDesktop) {
  // Starts the dev server (npm run dev-server) and sideloads manifest.xml into Excel.
  run(["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  process.stdout.write(
    [
      "No Excel desktop on this system: serving the add-in at https://localhost:3000/ only.",
      "To use it in Excel on the web: open a workbook at https://www.office.com,",
      "then Home > Add-ins > More Add-ins > Upload My Add-in, and choose manifest.xml from this folder.",
      "The browser must trust the development certificate (npx office-addin-dev-certs install).",
      "",
    ].join("\n"),
  );
  run(["webpack", "serve", "--mode", "development"]);
}
