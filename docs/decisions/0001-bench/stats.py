import sys, statistics as st
d = {}
for line in open(sys.argv[1]):
    v, w, c = line.split(); d.setdefault(v, []).append((int(w), int(c)))
print(f"{'variant':20s} {'n':>3s} {'wall med':>9s} {'wall min':>9s} {'wall p90':>9s} {'cpu med':>8s} {'cpu min':>8s}")
for v, xs in d.items():
    w = sorted(x[0] for x in xs); c = sorted(x[1] for x in xs)
    print(f"{v:20s} {len(xs):3d} {st.median(w):9.0f} {w[0]:9d} {w[int(0.9*len(w))-1]:9d} {st.median(c):8.0f} {c[0]:8d}")
