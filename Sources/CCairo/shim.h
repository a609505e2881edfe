// Cairo surfaces (image, SVG, PDF) and Pango text layout on Cairo; zlib for the fast PNG
// encoder (Cairo's own PNG writer spends most of a figure's render time in libpng filters).
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <zlib.h>
