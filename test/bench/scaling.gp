# Time against TU size, from scaling.sh's data file (log-log; a line of
# slope 1 is linear growth). gnuplot -e "data='FILE'; out='PNG'" scaling.gp
set terminal pngcairo size 800,500 noenhanced
set output out
set logscale xy
set xlabel "functions in the generated TU"
set ylabel "seconds"
set key top left
set grid
set title "eventloop-tidy on generated TUs"
set xrange [500:200000]
# The linear reference starts at the smallest TU's analysis time.
stats data using 1 every ::0::0 nooutput
n0 = STATS_min
stats data using 3 every ::0::0 nooutput
a0 = STATS_min
plot data using 1:2 with linespoints title "eventloop-tidy, whole run", \
     data using 1:3 with linespoints title "eventloop checks (analysis)", \
     data using 1:($1 / n0 * a0) with lines dashtype 2 title "linear growth of the analysis"
