/**
 * The one protobuf request kubectl 1.32 sends (`create namespace`): decode the `k8s\0` envelope,
 * the raw object and the ObjectMeta fields that matter (name, generateName, labels, annotations).
 */
type Field = { num: number; wire: number; value: number | Buffer };

const varint = (buf: Buffer, pos: number): [number, number] => {
  let result = 0;
  let shift = 0;
  let p = pos;
  for (;;) {
    const b = buf[p];
    p += 1;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [result, p];
    shift += 7;
  }
};

const fields = (buf: Buffer): Field[] => {
  const out: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [key, p1] = varint(buf, pos);
    const num = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) {
      const [v, p2] = varint(buf, p1);
      out.push({ num, wire, value: v });
      pos = p2;
    } else if (wire === 2) {
      const [len, p2] = varint(buf, p1);
      out.push({ num, wire, value: buf.subarray(p2, p2 + len) });
      pos = p2 + len;
    } else if (wire === 5) {
      pos = p1 + 4;
    } else if (wire === 1) {
      pos = p1 + 8;
    } else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
};

const str = (f: Field | undefined): string | undefined =>
  f && Buffer.isBuffer(f.value) ? f.value.toString('utf8') : undefined;

const mapOf = (fs: Field[], num: number): Record<string, string> | undefined => {
  const entries = fs.filter((f) => f.num === num && Buffer.isBuffer(f.value));
  if (!entries.length) return undefined;
  const out: Record<string, string> = {};
  for (const e of entries) {
    const kv = fields(e.value as Buffer);
    out[str(kv.find((x) => x.num === 1)) ?? ''] = str(kv.find((x) => x.num === 2)) ?? '';
  }
  return out;
};

export const isProtobuf = (body: Buffer): boolean =>
  body.length >= 4 && body.subarray(0, 4).toString('latin1') === 'k8s\0';

/** Returns a JSON object for the encoded object (TypeMeta and ObjectMeta only). */
export const decodeProtobufObject = (body: Buffer): Record<string, unknown> => {
  const unknown = fields(body.subarray(4));
  const typeMeta = fields((unknown.find((f) => f.num === 1)?.value as Buffer) ?? Buffer.alloc(0));
  const raw = (unknown.find((f) => f.num === 2)?.value as Buffer) ?? Buffer.alloc(0);
  const obj = fields(raw);
  const meta = fields((obj.find((f) => f.num === 1)?.value as Buffer) ?? Buffer.alloc(0));
  const metadata: Record<string, unknown> = {};
  const name = str(meta.find((f) => f.num === 1));
  const generateName = str(meta.find((f) => f.num === 2));
  const namespace = str(meta.find((f) => f.num === 3));
  if (name) metadata.name = name;
  if (generateName) metadata.generateName = generateName;
  if (namespace) metadata.namespace = namespace;
  const labels = mapOf(meta, 11);
  const annotations = mapOf(meta, 12);
  if (labels) metadata.labels = labels;
  if (annotations) metadata.annotations = annotations;
  return {
    apiVersion: str(typeMeta.find((f) => f.num === 1)),
    kind: str(typeMeta.find((f) => f.num === 2)),
    metadata,
  };
};
