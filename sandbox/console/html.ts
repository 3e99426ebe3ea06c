/** The shell's one HTML page; every console route answers with it. */
export const indexHTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Local Console</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/static/patternfly/patternfly.css" />
    <link rel="stylesheet" href="/static/patternfly/patternfly-addons.css" />
    <style>
      /* the console's own resource badge (frontend/public/components/_resource.scss) */
      .co-m-resource-icon {
        background-color: var(--pf-t--global--color--brand--default);
        border-radius: 20px;
        color: var(--pf-t--global--text--color--on-brand--default);
        display: inline-block;
        flex-shrink: 0;
        font-size: var(--pf-t--global--font--size--body--default);
        line-height: 16px;
        margin-right: 4px;
        min-width: 18px;
        padding: 1px 4px;
        text-align: center;
        white-space: nowrap;
      }
    </style>
    <script>
      // the console's server flags; the local console is served at the root
      window.SERVER_FLAGS = { basePath: '/' };
      if (localStorage.getItem('sandbox-theme') === 'dark') {
        document.documentElement.classList.add('pf-v6-theme-dark');
      }
    </script>
  </head>
  <body>
    <div id="app"></div>
    <script src="/static/shell.js"></script>
  </body>
</html>
`;
