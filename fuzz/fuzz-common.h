/* fuzz-common.h — what every fuzz target shares.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The targets are built two ways: with -fsanitize=fuzzer for libFuzzer
 * (fuzz/meson.build, tools/fuzz.sh), and with replay.c as a plain program that
 * runs each given file once, so that the seed corpus and every input that once
 * crashed are regression tests in the ordinary test suite (tests/meson.build).
 */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerInitialize   (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A critical or a warning is a bug the fuzzer should report as a crash, like
 * G_DEBUG=fatal-warnings in the tests. Debug and info messages are dropped:
 * printing them for every input would slow the fuzzer down. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init_logging (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
      g_once_init_leave (&initialized, 1);
    }
}

/* g_assert() that stays when G_DISABLE_ASSERT is defined. */
#define FUZZ_CHECK(expr) \
  G_STMT_START { \
    if (G_UNLIKELY (!(expr))) \
      { \
        g_printerr ("%s:%d: check failed: %s\n", __FILE__, __LINE__, #expr); \
        abort (); \
      } \
  } G_STMT_END
