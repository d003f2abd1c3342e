'use strict';
// `npm start`: build if needed, then run the API (with the worker inside it).
const { join } = require('node:path');
const { ensureBuild, root } = require('./ensure-build');

ensureBuild();
require(join(root, 'dist', 'apps', 'api', 'src', 'main.js'));
