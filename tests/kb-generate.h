/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kb-generate.h — what the tests and benchmarks that generate knowledge bases share. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Gives the generated case @object the number @number, and what the loader asks
 * of a case numbered past the document's 100: “origin”: “added”, a source and
 * a date checked. */
void kb_generate_set_number (JsonObject *object,
                             guint       number);

G_END_DECLS
