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
plot data using 1:2 with linespoints title "eventloop-tidy, whole run", \
     data using 1:3 with linespoints title "eventloop checks (analysis)", \
     data using 1:(($1)/1000.0*0.011) with lines dashtype 2 title "linear (from 1k)"
