import { initAll } from '/lib/govuk/govuk-frontend.min.js';

initAll();

// "Copy" buttons are hidden in the markup and shown only where the browser lets a page write to the
// clipboard; without them the text is still selected with one click.
for (const button of document.querySelectorAll('[data-app-copy]')) {
  const source = document.getElementById(button.dataset.appCopy);
  const status = document.querySelector(`[data-app-copy-status="${button.dataset.appCopy}"]`);
  if (!source || !navigator.clipboard) {
    continue;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent.trim());
      if (status) {
        status.textContent = button.dataset.appCopied;
      }
    } catch {
      // Refused by the browser: the person selects the text and copies it themselves.
    }
  });
}
