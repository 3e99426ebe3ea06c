/**
 * The protobuf requests clients send: kubectl 1.32 `create namespace`, and Helm's release storage
 * (Secrets, or ConfigMaps with `HELM_DRIVER=configmap`). Decodes the `k8s\0` envelope, the raw
 * object, the ObjectMeta fields that matter (name, generateName, namespace, resourceVersion,
 * labels, annotations, finalizers) and the fields of Secret, ConfigMap and, for kubectl 1.35's
 * `auth can-i`, SelfSubjectAccessReview (generated.proto).
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

const mapOf = (
  fs: Field[],
  num: number,
  value: (b: Buffer) => string = (b) => b.toString('utf8'),
): Record<string, string> | undefined => {
  const entries = fs.filter((f) => f.num === num && Buffer.isBuffer(f.value));
  if (!entries.length) return undefined;
  const out: Record<string, string> = {};
  for (const e of entries) {
    const kv = fields(e.value as Buffer);
    const v = kv.find((x) => x.num === 2)?.value;
    out[str(kv.find((x) => x.num === 1)) ?? ''] = value(Buffer.isBuffer(v) ? v : Buffer.alloc(0));
  }
  return out;
};

const base64 = (b: Buffer): string => b.toString('base64');

/** Fields of the object after its metadata, by kind: name -> [field number, decoder]. */
type Decoder = (fs: Field[], num: number) => unknown;
const asMap: Decoder = (fs, num) => mapOf(fs, num);
const asBase64Map: Decoder = (fs, num) => mapOf(fs, num, base64);
const asString: Decoder = (fs, num) => str(fs.find((f) => f.num === num));
const asBool: Decoder = (fs, num) => {
  const f = fs.find((x) => x.num === num);
  return f ? f.value === 1 : undefined;
};
type Message = Record<string, [number, Decoder]>;
const asMessage =
  (m: Message): Decoder =>
  (fs, num) => {
    const f = fs.find((x) => x.num === num);
    return f && Buffer.isBuffer(f.value) ? decodeMessage(fields(f.value), m) : undefined;
  };
const decodeMessage = (fs: Field[], m: Message): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, [num, decode]] of Object.entries(m)) {
    const v = decode(fs, num);
    if (v !== undefined) out[key] = v;
  }
  return out;
};
const RESOURCE_ATTRIBUTES: Message = {
  namespace: [1, asString],
  verb: [2, asString],
  group: [3, asString],
  version: [4, asString],
  resource: [5, asString],
  subresource: [6, asString],
  name: [7, asString],
};
const NON_RESOURCE_ATTRIBUTES: Message = { path: [1, asString], verb: [2, asString] };
const BODIES: Record<string, Message> = {
  SelfSubjectAccessReview: {
    spec: [
      2,
      asMessage({
        resourceAttributes: [1, asMessage(RESOURCE_ATTRIBUTES)],
        nonResourceAttributes: [2, asMessage(NON_RESOURCE_ATTRIBUTES)],
      }),
    ],
  },
  Secret: {
    data: [2, asBase64Map],
    type: [3, asString],
    stringData: [4, asMap],
    immutable: [5, asBool],
  },
  ConfigMap: { data: [2, asMap], immutable: [3, asBool], binaryData: [4, asBase64Map] },
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
  const metaFields: Record<string, number> = {
    name: 1,
    generateName: 2,
    namespace: 3,
    resourceVersion: 6,
  };
  for (const [key, num] of Object.entries(metaFields)) {
    const v = str(meta.find((f) => f.num === num));
    if (v) metadata[key] = v;
  }
  const labels = mapOf(meta, 11);
  const annotations = mapOf(meta, 12);
  if (labels) metadata.labels = labels;
  if (annotations) metadata.annotations = annotations;
  const finalizers = meta.filter((f) => f.num === 14).map((f) => str(f) ?? '');
  if (finalizers.length) metadata.finalizers = finalizers;
  const kind = str(typeMeta.find((f) => f.num === 2));
  const out: Record<string, unknown> = {
    apiVersion: str(typeMeta.find((f) => f.num === 1)),
    kind,
    metadata,
  };
  return { ...out, ...decodeMessage(obj, BODIES[kind ?? ''] ?? {}) };
};
