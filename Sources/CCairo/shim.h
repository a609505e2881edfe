// Cairo surfaces (image, SVG, PDF) and Pango text layout on Cairo; zlib for the Adler-32
// checksum of Plotting's own PNG encoder (Cairo's PNG writer, through libpng, took most of a
// figure's render time) and for inflating its output in tests. zlib1g-dev comes with
// libcairo2-dev.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <zlib.h>
