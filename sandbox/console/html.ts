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
    <script>
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
