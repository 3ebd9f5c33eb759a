/* fuzz-kb.c — the knowledge-base loader against any bytes at all.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A knowledge base comes from a file an administrator edits by hand, so the
 * loader must turn every input into either a knowledge base or one clear error;
 * nothing may crash, hang, leak or read out of bounds. What it accepts is then
 * used as the window would use it: every text read in every language, the
 * search index built, searched and highlighted.
 */

#include "fuzz-common.h"
#include "fuzz-touch.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;

  fuzz_init_logging ();

  /* The data is not NUL-terminated: the loader must keep to @size. */
  kb = mdg_kb_new_from_data ((const char *) data, size, "fuzz.json", &error);
  if (kb == NULL)
    {
      /* One clear error, in the loader's domain, that a banner can show. */
      FUZZ_CHECK (error != NULL);
      FUZZ_CHECK (error->domain == MDG_KB_ERROR);
      FUZZ_CHECK (error->code == MDG_KB_ERROR_PARSE || error->code == MDG_KB_ERROR_INVALID);
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (g_str_has_prefix (error->message, "fuzz.json"));
      /* One line: no newline or other control character from the file. */
      for (const char *p = error->message; *p != '\0'; p++)
        FUZZ_CHECK ((guchar) *p >= 0x20 && *p != 0x7f);
      return 0;
    }

  FUZZ_CHECK (error == NULL);
  touch_kb (kb);
  search_kb (kb);

  return 0;
}
