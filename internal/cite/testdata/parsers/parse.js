// Parses a citation export with citation-js and prints the items as CSL-JSON.
// Usage: node parse.js bibtex|ris|csl-json < export
'use strict'
const fs = require('fs')
const { Cite } = require('@citation-js/core')
require('@citation-js/plugin-bibtex')
require('@citation-js/plugin-ris')
require('@citation-js/plugin-csl')

const types = {
  bibtex: '@biblatex/text',
  ris: '@ris/file',
  'csl-json': '@csl/list+object'
}
const format = process.argv[2]
if (!types[format]) {
  console.error('usage: node parse.js bibtex|ris|csl-json < export')
  process.exit(2)
}
let input = fs.readFileSync(0, 'utf8')
if (format === 'csl-json') input = JSON.parse(input)
const cite = new Cite(input, { forceType: types[format] })
process.stdout.write(JSON.stringify(cite.data, null, 1) + '\n')
