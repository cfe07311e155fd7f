// Copies AUI's prototyping distribution and jQuery (which AUI expects on window) into the
// standalone jar's static resources. Usage: node copy-aui.js <target-dir>
'use strict';
const fs = require('fs');
const path = require('path');

const target = process.argv[2];
if (!target) {
  console.error('usage: node copy-aui.js <target-dir>');
  process.exit(2);
}
const aui = path.join(__dirname, 'node_modules', '@atlassian', 'aui');
const dist = path.join(aui, 'dist', 'aui');
const copies = [
  [path.join(dist, 'aui-prototyping.css'), 'aui-prototyping.css'],
  [path.join(dist, 'aui-prototyping.js'), 'aui-prototyping.js'],
  [path.join(dist, 'fonts'), 'fonts'],
  [path.join(dist, 'images'), 'images'],
  [path.join(aui, 'LICENSE'), 'LICENSE-aui'],
  [path.join(__dirname, 'node_modules', 'jquery', 'dist', 'jquery.min.js'), 'jquery.min.js'],
  [path.join(__dirname, 'node_modules', 'jquery', 'LICENSE.txt'), 'LICENSE-jquery']
];
fs.mkdirSync(target, { recursive: true });
for (const [from, to] of copies) {
  if (!fs.existsSync(from)) {
    console.error('missing after npm install: ' + from);
    process.exit(1);
  }
  fs.cpSync(from, path.join(target, to), { recursive: true });
}
const version = JSON.parse(fs.readFileSync(path.join(aui, 'package.json'), 'utf8')).version;
fs.writeFileSync(path.join(target, 'VERSION'), version + '\n');
console.log('AUI ' + version + ' copied to ' + target);
