/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-kb.h — what the files of the test-kb program share. */

#pragma once

#include "mdg-kb.h"

/* tests/fixtures/NAME (MDG_FIXTURES_DIR from tests/meson.build). */
char *fixture_path       (const char   *name);
/* Asserts that @error is one valid UTF-8 line starting with @origin. */
void  assert_error_shape (const GError *error,
                          const char   *origin);

/* test-kb-robust.c: /kb/robust/... */
void  kb_robust_add_tests (void);
