// Cairo surfaces (image, SVG, PDF) and Pango text layout on Cairo.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
