// i18next-parser lexer for console-extensions.json: picks up `%plugin__<name>~Text%` labels.
const EventEmitter = require('events');

class ConsoleExtensionsLexer extends EventEmitter {
  extract(content) {
    const keys = [];
    const pattern = /%plugin__ambient-mesh-plugin~((?:[^%\\]|\\.)+)%/g;
    let match;
    while ((match = pattern.exec(content)) !== null) {
      keys.push({ key: match[1] });
    }
    return keys;
  }
}

module.exports = { ConsoleExtensionsLexer };
