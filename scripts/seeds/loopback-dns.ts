/**
 * A tiny authoritative DNS server on a loopback address, for the mirror seed: the
 * container's resolv.conf names it, so the mirror host "resolves differently" the
 * way it does from another network, with the same configuration on both sides and
 * no query leaving the machine. A records from `answers`; other types of a known
 * name get an empty answer; unknown names NXDOMAIN.
 */
import { createSocket } from 'node:dgram';

export interface LoopbackDns {
  /** `name type` of each question answered, in order. */
  queries: string[];
  close(): Promise<void>;
}

const TYPE_A = 1;
const CLASS_IN = 1;

interface Question {
  name: string;
  type: number;
  /** Offset just past the question section. */
  end: number;
}

function readQuestion(query: Buffer): Question | undefined {
  if (query.length < 12 || query.readUInt16BE(4) !== 1) return undefined;
  const labels: string[] = [];
  let at = 12;
  while (at < query.length) {
    const length = query[at]!;
    if (length === 0) break;
    if (length > 63 || at + 1 + length > query.length) return undefined;
    labels.push(query.toString('latin1', at + 1, at + 1 + length));
    at += 1 + length;
  }
  if (at + 5 > query.length) return undefined;
  return { name: labels.join('.').toLowerCase(), type: query.readUInt16BE(at + 1), end: at + 5 };
}

/** The reply to `query`, or undefined when it is not one plain question. */
export function answerQuery(query: Buffer, answers: Readonly<Record<string, string>>): Buffer | undefined {
  const question = readQuestion(query);
  if (!question) return undefined;
  const address = answers[question.name];
  const records: Buffer[] = [];
  if (address !== undefined && question.type === TYPE_A) {
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
    record.writeUInt16BE(TYPE_A, 2);
    record.writeUInt16BE(CLASS_IN, 4);
    record.writeUInt32BE(60, 6);
    record.writeUInt16BE(4, 10);
    address.split('.').forEach((octet, i) => {
      record.writeUInt8(Number(octet), 12 + i);
    });
    records.push(record);
  }
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  // QR, AA, the query's RD, RA; NXDOMAIN for names it does not know.
  header.writeUInt16BE(0x8000 | 0x0400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | (address === undefined ? 3 : 0), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(records.length, 6);
  return Buffer.concat([header, query.subarray(12, question.end), ...records]);
}

export async function startLoopbackDns(address: string, answers: Readonly<Record<string, string>>, port = 53): Promise<LoopbackDns> {
  if (!address.startsWith('127.')) throw new Error(`the seed DNS server only listens on loopback, not ${address}`);
  const socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (query, peer) => {
    const reply = answerQuery(query, answers);
    const question = readQuestion(query);
    if (question) queries.push(`${question.name} ${question.type}`);
    if (reply) socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, address, () => resolve());
  });
  return { queries, close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}
