import CCairo

func _probe() -> Int32 {
  let s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10)
  let l = pango_cairo_font_map_get_default()
  _ = l
  defer { cairo_surface_destroy(s) }
  return cairo_surface_status(s).rawValue == 0 ? 0 : 1
}
