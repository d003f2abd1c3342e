#!/usr/bin/env node
'use strict';
const { join } = require('node:path');
const { ensureBuild, root } = require('../scripts/ensure-build');

ensureBuild({ quiet: true });
require(join(root, 'dist', 'apps', 'cli', 'src', 'main.js'));
