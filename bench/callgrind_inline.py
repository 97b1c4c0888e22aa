#!/usr/bin/env python3
"""Where a function's own instructions go, by the functions inlined into it.

callgrind counts an inlined helper's instructions as its caller's own ("self") cost, so a
large self cost (`find_names`: 77 M on 200 articles) says little about which rule pays. This
reads callgrind's per-instruction counts for the functions whose name contains FUNCTION and
asks `addr2line -i` for each address's chain of inlined frames; it prints the cost by the
line of FUNCTION's own body and by the first function inlined into it.

    # a build with line tables for this crate only (the dependencies stay as they are), in a
    # copy of the target directory so the plain release build is kept:
    cp -a target /tmp/tdbg
    CARGO_TARGET_DIR=/tmp/tdbg cargo build --release \\
        --config 'profile.release.package.newsgraph.debug="line-tables-only"'
    RAYON_NUM_THREADS=1 valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file=cg.out \\
        /tmp/tdbg/release/newsgraph extract DIR --out /dev/null
    python3 bench/callgrind_inline.py cg.out /tmp/tdbg/release/newsgraph names::find_names

The binary must be the one profiled (addresses are looked up in it).
"""
import collections
import re
import subprocess
import sys


def own_costs(path, want):
    """Self Ir per instruction address of the functions whose name contains `want`."""
    names, cur, addr, line, in_call = {}, '', 0, 0, False
    costs = collections.Counter()

    def num(tok, prev):
        if tok == '*':
            return prev
        return prev + int(tok, 0) if tok[0] in '+-' else int(tok, 0)

    for l in open(path):
        if l.startswith(('fn=', 'cfn=')):
            m = re.match(r'c?fn=\((\d+)\)(?: (.*))?', l.strip())
            if m.group(2):
                names[m.group(1)] = m.group(2)
            if l.startswith('fn='):
                cur = names.get(m.group(1), '')
            continue
        if l.startswith('calls='):
            in_call = True  # the next cost line is the call's inclusive cost
            continue
        if l[:1].isdigit() or l[:1] in ('+', '-', '*'):
            parts = l.split()
            addr = num(parts[0], addr)
            if len(parts) > 1:
                line = num(parts[1], line)
            if in_call:
                in_call = False
                continue
            if want in cur and len(parts) > 2:
                costs[addr] += int(parts[2])
    return costs


def main():
    path, binary, want = sys.argv[1:4]
    costs = own_costs(path, want)
    out = subprocess.run(['addr2line', '-a', '-i', '-f', '-C', '-e', binary], input=''.join(f'{a:#x}\n' for a in costs), capture_output=True, text=True).stdout.splitlines()
    chains, cur, i = {}, None, 0
    while i < len(out):
        if out[i].startswith('0x'):
            cur = int(out[i], 16)
            chains[cur] = []
            i += 1
            continue
        chains[cur].append((out[i], out[i + 1].split('/')[-1].split(' ')[0]))  # innermost first
        i += 2
    by_line, by_callee = collections.Counter(), collections.Counter()
    for a, c in costs.items():
        chain = chains.get(a) or [('?', '?')]
        by_line[chain[-1][1]] += c
        by_callee[chain[-2][0] if len(chain) > 1 else '(its own code)'] += c
    print(f'{sum(costs.values()):,} instructions of its own')
    print('by line of its body:')
    for k, v in by_line.most_common(25):
        print(f'{v:>14,}  {k}')
    print('by the function inlined into it:')
    for k, v in by_callee.most_common(25):
        print(f'{v:>14,}  {k[:120]}')


if __name__ == '__main__':
    main()
