#!/usr/bin/env node
// Trunk post-build hook (run by post-build.mjs before the glue is minified): shortens the names
// by which the wasm and its JS glue find each other.
//
// wasm-bindgen names each import after its function plus a 16-digit hash
// (`__wbg_getElementById_7ee213db584f37b0`), its exports `__wbindgen_export3` or
// `__wasm_bindgen_func_elem_1651`, and the import module `./exo-auth-analyzer_bg.js`. Each name
// is written twice, in the wasm and in the glue, and the hashes do not compress: about 3 KB
// brotli of names nobody reads. Here each import and each export but `memory` gets a one- or
// two-letter name, in the wasm's import and export sections and in the glue's import keys and
// `wasm.` properties. Nothing else changes: the other sections are copied byte for byte.
// A name the glue does not use as expected stops the build, since the page would not start.
//
//   TRUNK_STAGING_DIR=dist TRUNK_PROFILE=release node scripts/minify-names.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withIntegrity } from './integrity.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

function fail(message) {
  console.error(`minify-names: ${message}`);
  process.exit(1);
}

const pagePath = join(dir, 'index.html');
const page = await readFile(pagePath, 'utf8');
// The boot script names the glue and the wasm (Trunk.toml's pattern_script), quoted or not.
const named = (attribute) => page.match(new RegExp(`${attribute}=["']?\\./([^"'\\s>]+)`))?.[1] ?? fail(`no ${attribute} attribute in index.html`);
const gluePath = join(dir, named('data-js'));
const wasmName = named('data-wasm');
const wasmPath = join(dir, wasmName);

/** `a` … `z`, `A` … `Z`, then two letters; never a word JavaScript reserves. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) yield first;
  for (const first of letters) {
    for (const second of letters) {
      const name = first + second;
      if (!['do', 'if', 'in'].includes(name)) yield name;
    }
  }
}

/** Reads a module's sections; `at` walks a byte array the way the binary format lays it out. */
class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    if (this.at >= this.bytes.length) fail('the wasm ends inside a section');
    return this.bytes[this.at++];
  }
  /** An unsigned LEB128 number (at most 32 bits here: counts, sizes, lengths). */
  u32() {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return value;
    }
    return fail('a number in the wasm is longer than 32 bits');
  }
  /** Steps over a LEB128 number of any width (a limit may be 64-bit). */
  skipNumber() {
    while (this.byte() & 0x80);
  }
  name() {
    const length = this.u32();
    this.at += length;
    return Buffer.from(this.bytes.subarray(this.at - length, this.at)).toString('utf8');
  }
  /** The bytes of an import's description, which stay as they are. */
  importDescription() {
    const start = this.at;
    const kind = this.byte();
    if (kind === 0x00) this.skipNumber(); // function: its type
    else if (kind === 0x01) { this.referenceType(); this.limits(); } // table
    else if (kind === 0x02) this.limits(); // memory
    else if (kind === 0x03) { this.valueType(); this.byte(); } // global: type, mutability
    else if (kind === 0x04) { this.byte(); this.skipNumber(); } // tag: attribute, type
    else fail(`import kind 0x${kind.toString(16)} is not known here`);
    return this.bytes.subarray(start, this.at);
  }
  limits() {
    const flags = this.byte();
    this.skipNumber();
    if (flags & 1) this.skipNumber();
  }
  referenceType() {
    const type = this.byte();
    if (type !== 0x70 && type !== 0x6f) fail(`reference type 0x${type.toString(16)} is not known here`);
  }
  valueType() {
    const type = this.byte();
    if (type < 0x6f || type > 0x7f) fail(`value type 0x${type.toString(16)} is not known here`);
  }
}

function number(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}

const text = (value) => {
  const bytes = Buffer.from(value, 'utf8');
  return Buffer.concat([number(bytes.length), bytes]);
};

const section = (id, parts) => {
  const content = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([id]), number(content.length), content]);
};

const wasm = await readFile(wasmPath);
if (wasm.readUInt32BE(0) !== 0x0061736d) fail(`${wasmName} is not a wasm module`);
const modules = new Map();
const imports = new Map();
const exports = new Map();
const importNames = shortNames();
const exportNames = shortNames();
const out = [wasm.subarray(0, 8)];
const reader = new Reader(wasm, 8);
while (reader.at < wasm.length) {
  const start = reader.at;
  const id = reader.byte();
  const end = reader.u32() + reader.at;
  if (id === 2) {
    const parts = [number(reader.u32())];
    while (reader.at < end) {
      const module = reader.name();
      const name = reader.name();
      modules.set(module, 'w');
      if (!imports.has(name)) imports.set(name, importNames.next().value);
      parts.push(text(modules.get(module)), text(imports.get(name)), reader.importDescription());
    }
    out.push(section(id, parts));
  } else if (id === 7) {
    const parts = [number(reader.u32())];
    while (reader.at < end) {
      const name = reader.name();
      const kindAndIndex = reader.at;
      reader.byte();
      reader.skipNumber();
      if (name !== 'memory') exports.set(name, exportNames.next().value);
      parts.push(text(exports.get(name) ?? name), wasm.subarray(kindAndIndex, reader.at));
    }
    out.push(section(id, parts));
  } else {
    out.push(wasm.subarray(start, end));
  }
  if (reader.at > end) fail(`section ${id} is longer than it says`);
  reader.at = end;
}
if (modules.size !== 1) fail(`the wasm imports from ${modules.size} modules, the glue from one`);

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let glue = await readFile(gluePath, 'utf8');
/** Replaces `pattern` (which captures the text before the name) and requires a change. */
const rename = (pattern, name, short, what) => {
  const renamed = glue.replace(pattern, `$1${short}`);
  if (renamed === glue) fail(`the glue does not use the ${what} ${name}`);
  glue = renamed;
};
for (const [module, short] of modules) rename(new RegExp(`(["'])${escape(module)}(?=["']\\s*:)`, 'g'), module, short, 'module');
for (const [name, short] of imports) rename(new RegExp(`([{,\\s])${escape(name)}(?=\\s*:)`, 'g'), name, short, 'import');
for (const [name, short] of exports) {
  const pattern = new RegExp(`(\\bwasm\\.)${escape(name)}\\b`, 'g');
  // An export the glue never calls (the wasm's own `main`, its abort handlers) is renamed too.
  if (pattern.test(glue)) rename(pattern, name, short, 'export');
}
// Any other lookup by an old name (another object's property or key, a quoted name) would now
// find nothing. A bare identifier is the glue's own function of the same name, which stays.
for (const name of [...imports.keys(), ...exports.keys()]) {
  if (new RegExp(`\\.${escape(name)}\\b|\\b${escape(name)}\\s*:|["'\`]${escape(name)}["'\`]`).test(glue)) fail(`the glue looks up ${name} in a way this script does not rewrite`);
}

const minified = Buffer.concat(out);
await writeFile(wasmPath, minified);
await writeFile(gluePath, glue);

// The preload link carries the wasm's hash.
const updated = withIntegrity(page, wasmName, minified) ?? fail(`no integrity attribute for ${wasmName} in index.html`);
await writeFile(pagePath, updated);
console.log(`minify-names: ${imports.size} imports and ${exports.size} exports renamed; ${wasmName} ${wasm.length} -> ${minified.length} bytes`);
