import { captured, ns, pod } from '../../testing/objects';
import { podAmbientAction } from './podAction';

const AMBIENT_NS = ns('a', { 'istio.io/dataplane-mode': 'ambient' });
const PLAIN_NS = ns('a');
const label = (v: string) => ({ labels: { 'istio.io/dataplane-mode': v } });

describe('podAmbientAction', () => {
  it.each([
    ['namespace ambient, pod follows it', pod('a', 'p'), AMBIENT_NS, 'exclude', 'none'],
    [
      'namespace ambient, pod opted out',
      pod('a', 'p', label('none')),
      AMBIENT_NS,
      'add',
      'inherit',
    ],
    ['namespace plain, pod not labelled', pod('a', 'p'), PLAIN_NS, 'add', 'ambient'],
    [
      'namespace plain, pod label ambient',
      pod('a', 'p', label('ambient')),
      PLAIN_NS,
      'exclude',
      'inherit',
    ],
    [
      'namespace ambient, pod label ambient',
      pod('a', 'p', label('ambient')),
      AMBIENT_NS,
      'exclude',
      'none',
    ],
    ['namespace plain, pod label none', pod('a', 'p', label('none')), PLAIN_NS, 'add', 'ambient'],
    [
      'namespace unreadable, pod captured',
      pod('a', 'p', { annotations: captured }),
      undefined,
      'exclude',
      'none',
    ],
    ['namespace unreadable, pod not captured', pod('a', 'p'), undefined, 'add', 'ambient'],
    [
      'namespace unreadable, pod opted out',
      pod('a', 'p', label('none')),
      undefined,
      'add',
      'inherit',
    ],
  ])('%s', (_name, p, namespace, kind, target) => {
    expect(podAmbientAction(p, namespace)).toEqual({ kind, target });
  });
});
