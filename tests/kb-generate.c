/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kb-generate.c — what the tests and benchmarks that generate knowledge bases share. */
#include "kb-generate.h"

void
kb_generate_set_number (JsonObject *object,
                       guint       number)
{
  json_object_set_int_member (object, "number", number);
  /* The loader keeps numbers up to 100 for the document and the rest for added cases. */
  json_object_remove_member (object, "origin");
  json_object_remove_member (object, "sources");
  json_object_remove_member (object, "checked");
  json_object_remove_member (object, "unclear");
  if (number > 100)
    {
      JsonArray *sources = json_array_new ();
      JsonObject *source = json_object_new ();

      json_object_set_string_member (source, "title", "Benchmark");
      json_object_set_string_member (source, "url", "https://example.org/");
      json_array_add_object_element (sources, source);
      json_object_set_string_member (object, "origin", "added");
      json_object_set_array_member (object, "sources", sources);
      json_object_set_string_member (object, "checked", "2026-12-06");
    }
}
