# Latency vs offered load (left) and the overload timeline (right).
# gnuplot -e "dir='RAW/chart'; out='FILE.png'; term='pngcairo'; overend=SECONDS" chart.gp  (term may be svg)
if (!exists("term")) term = 'pngcairo'
if (term eq 'svg') { set terminal svg size 1400,640 dynamic font 'sans,12' } else { set terminal pngcairo size 1400,640 font 'sans,11' }
set output out
set multiplot layout 1,2 title "Promise API on 2 shared cores (loopback, load generator on the same cores)"

set title "Latency vs offered load (open model, 2xx only)"
set xlabel "offered load (requests/s)"
set ylabel "latency (ms, log scale)"
set logscale xy
set grid xtics ytics mxtics mytics lc rgb '#dddddd'
set key below maxrows 4 width -2 spacing 1.1
set xlabel offset 0,0.3
set xrange [*:*]
set yrange [*:*]
f_cold_on = dir.'/cold-on.dat'
f_cold_off = dir.'/cold-off.dat'
f_mix = dir.'/mix.dat'
set style line 1 lc rgb '#1f77b4' lw 2 pt 7
set style line 2 lc rgb '#ff7f0e' lw 2 pt 5
set style line 3 lc rgb '#2ca02c' lw 2 pt 9
plot \
  f_cold_on  using 1:3 with linespoints ls 1 title 'cold, coalescing on: p95', \
  f_cold_on  using 1:4 with linespoints ls 1 dt 2 title '  ... p99', \
  f_cold_off using 1:3 with linespoints ls 2 title 'cold, coalescing off: p95', \
  f_cold_off using 1:4 with linespoints ls 2 dt 2 title '  ... p99', \
  f_mix      using 1:3 with linespoints ls 3 title 'realistic mix (cache on): p95', \
  f_mix      using 1:4 with linespoints ls 3 dt 2 title '  ... p99', \
  35 with lines lc rgb '#aa0000' dt 3 title 'goal: cold p95 35 ms at 500 rps', \
  120 with lines lc rgb '#777777' dt 4 title 'OTP claim: p95 120 ms at 450 rps'

set title "Overload: 3x saturation, then half of it (per second)"
unset logscale
set logscale y
set xlabel "time (s)"
set ylabel "2xx p99 latency (ms, log scale)"
set y2label "responses per second"
set y2tics
set ytics nomirror
set key below maxrows 2 spacing 1.1
if (exists("overend") && overend > 0) { set arrow 1 from first overend, graph 0 to first overend, graph 1 nohead dt 2 lc rgb '#555555'; set label 1 "overload ends" at first overend, graph 0.95 offset 0.5,0 }
f_over = dir.'/overload.dat'
plot \
  f_over using 1:5 axes x1y1 with linespoints lc rgb '#1f77b4' lw 2 pt 7 ps 0.6 title '2xx p99 (ms)', \
  f_over using 1:2 axes x1y2 with lines lc rgb '#2ca02c' lw 2 title '2xx per s', \
  f_over using 1:3 axes x1y2 with lines lc rgb '#d62728' lw 2 title '503 per s'
unset multiplot
