/**
 * The one memo the analyzer keeps between calls: the result for the last key, compared with ===.
 * Keys are the text being analysed or a settings array (a new array when the user edits the list), so
 * a stale entry can never be returned. Extra arguments are passed to `compute` but are not part of
 * the key: they must follow from the key (the lower-cased view of the same text, say).
 */
export function memoLast<K, A extends unknown[], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  let filled = false;
  let lastKey: K;
  let lastValue: V;
  return (key: K, ...rest: A): V => {
    if (!filled || key !== lastKey) {
      lastValue = compute(key, ...rest);
      lastKey = key;
      filled = true;
    }
    return lastValue;
  };
}
