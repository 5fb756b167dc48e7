import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * Types text into cells of an .xlsx the way a paste does (an inline string, validation bypassed), for the browser tests: a small
 * zip reader and writer over node:zlib, so the tests need no spreadsheet library.
 */
interface Entry {
  name: string;
  data: Buffer;
}

function readZip(zip: Buffer): Entry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("ZIP の終端が見つかりません");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    entries.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    at += 46 + skip;
  }
  return entries;
}

function writeZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The part name of a sheet (xl/worksheets/sheet2.xml), found through workbook.xml and its relationships. */
function sheetPart(entries: Entry[], sheet: string): Entry {
  const text = (name: string) => entries.find((e) => e.name === name)!.data.toString("utf8");
  const id = new RegExp(`<(?:\\w+:)?sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(text("xl/workbook.xml"))?.[1];
  const target = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(text("xl/_rels/workbook.xml.rels"))?.[1]
    || id && new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(text("xl/_rels/workbook.xml.rels"))?.[1];
  if (!target) throw new Error(`シート「${sheet}」がブックにありません`);
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  return entries.find((e) => e.name === part)!;
}

/** The workbook with each cell's value replaced by the given text; the cell keeps its style. */
export function typeIntoCells(xlsx: Uint8Array, cells: { sheet: string; cell: string; text: string }[]): Buffer {
  const entries = readZip(Buffer.from(xlsx));
  for (const { sheet, cell, text } of cells) {
    const part = sheetPart(entries, sheet);
    const xml = part.data.toString("utf8");
    // The Open XML SDK writes prefixed elements (<x:c>): keep whatever prefix the sheet uses.
    const pattern = new RegExp(`<(\\w+:)?c r="${cell}"([^>]*?)(?:/>|>[\\s\\S]*?</\\1?c>)`);
    const match = pattern.exec(xml);
    if (!match) throw new Error(`${sheet}!${cell} のセルがありません`);
    const p = match[1] ?? "";
    const style = / s="\d+"/.exec(match[2] ?? "")?.[0] ?? "";
    part.data = Buffer.from(xml.replace(pattern, `<${p}c r="${cell}"${style} t="inlineStr"><${p}is><${p}t>${escapeXml(text)}</${p}t></${p}is></${p}c>`), "utf8");
  }
  return writeZip(entries);
}
