"""Measures how fast the projector follows the moderator: a moderator terminal and an
`allianz-tui present` terminal on one workshop file in tmux; F5 (the open round) and F7 (the
title) alternate 20 times each, and the time from the key to the projector's changed screen is
taken by polling `tmux capture-pane` every 5 ms.

Usage: python3 scripts/follow-latency.py WORKSHOP_FILE (a demo workshop, e.g. from
`allianz-tui new --template demo FILE`, optionally grown with `stress-append --cards`).
"""
import os, subprocess, sys, time, statistics
S="follow-latency"
FILE=os.path.abspath(sys.argv[1])
DIR=os.path.dirname(FILE)
def tm(*a): return subprocess.run(["tmux","-L",S]+list(a),capture_output=True,text=True).stdout
tm("kill-server")
tm("new-session","-d","-s","mod","-x","100","-y","30","-c",DIR,"env LANG=C.UTF-8 TERM=xterm-256color bash --norc")
tm("new-session","-d","-s","pro","-x","160","-y","45","-c",DIR,"env LANG=C.UTF-8 TERM=xterm-256color bash --norc")
time.sleep(0.5)
B=os.path.abspath(os.environ.get("ALLIANZ_TUI", ".build/debug/allianz-tui"))
tm("send-keys","-t","pro",f"{B} present {FILE}","Enter")
tm("send-keys","-t","mod",f"{B} {FILE}","Enter")
time.sleep(2)
time.sleep(3); tm("send-keys","-t","mod","c"); time.sleep(1); tm("send-keys","-t","mod","Enter"); time.sleep(1)
def wait(target, text):
    t0=time.perf_counter()
    while text not in tm("capture-pane","-p","-t",target):
        time.sleep(0.005)
        if time.perf_counter()-t0>5: return None
    return time.perf_counter()-t0
lat=[]
for i in range(20):
    tm("send-keys","-t","mod","F5"); l=wait("pro","Welche vier Reallabore")
    lat.append(l)
    tm("send-keys","-t","mod","F7"); l=wait("pro","Lokschuppen, Bottrop")
    lat.append(l)
    time.sleep(0.13*(i%3))
ms=[x*1000 for x in lat if x is not None]
ms.sort()
print("samples",len(ms),"median %.0f ms, p95 %.0f ms, max %.0f ms" % (statistics.median(ms), ms[int(len(ms)*0.95)-1], ms[-1]))
tm("send-keys","-t","mod","q"); tm("send-keys","-t","pro","q"); time.sleep(0.5); tm("kill-server")
