#!/usr/bin/env python3
"""Converts MEANTIME (NewsReader CAT XML) articles to TimeML .tml files that
../shared/eval/timex.py --data can score, since timex.py has no --meantime option.

MEANTIME annotates only the title and the first sentences (sentence ids 0-5), so the text is cut
there; tokens are joined with spaces (none before , . ; : ! ? ) % 's n't) and sentences with blank
lines, so spacing differs slightly from the original article. The CREATION_TIME TIMEX3 gives the DCT.

usage: tools/meantime_to_tml.py OUT_DIR CORPUS_DIR...
  e.g. tools/meantime_to_tml.py /tmp/meantime_tml ../shared/corpora/meantime/corpus_apple \
       ../shared/corpora/meantime/corpus_airbus
"""
import glob
import html
import os
import re
import sys
from xml.etree import ElementTree as ET

LAST_ANNOTATED_SENTENCE = 5


def convert(path):
    root = ET.parse(path).getroot()
    toks = [(t.get('t_id'), int(t.get('sentence')), t.text or '') for t in root.iter('token')
            if int(t.get('sentence')) <= LAST_ANNOTATED_SENTENCE]
    timexes, dct = {}, None
    for m in root.iter('TIMEX3'):
        anchors = [a.get('t_id') for a in m.findall('token_anchor')]
        if m.get('functionInDocument') == 'CREATION_TIME':
            dct = m.get('value')
        if anchors:
            timexes[anchors[0]] = (anchors[-1], m.get('type'), m.get('value'))
    if not dct:
        return None
    parts, prev_sentence, open_end, tid = [], None, None, 1
    for i, (t, s, w) in enumerate(toks):
        sep = '' if i == 0 else ('\n\n' if s != prev_sentence else ' ')
        if sep == ' ' and (re.fullmatch(r"[,.;:!?)%]|'s|’s|n't", w) or (parts and parts[-1].endswith('('))):
            sep = ''
        if open_end is not None and sep.startswith('\n'):
            sep = ' '
        parts.append(sep)
        if t in timexes and open_end is None:
            end, typ, val = timexes[t]
            open_end = end
            parts.append(f'<TIMEX3 tid="t{tid}" type="{typ}" value="{html.escape(val or "")}">')
            tid += 1
        parts.append(html.escape(w))
        if open_end == t:
            parts.append('</TIMEX3>')
            open_end = None
        prev_sentence = s
    if open_end is not None:
        parts.append('</TIMEX3>')
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n<TEXT>{"".join(parts)}</TEXT>\n</TimeML>\n')


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    n = 0
    for corpus in sys.argv[2:]:
        for path in sorted(glob.glob(os.path.join(corpus, '*.xml'))):
            doc = convert(path)
            if doc:
                with open(os.path.join(out, os.path.basename(path)[:-4] + '.tml'), 'w') as f:
                    f.write(doc)
                n += 1
    print(f'{n} files written to {out}', file=sys.stderr)


if __name__ == '__main__':
    main()
