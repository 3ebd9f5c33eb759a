/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-i18n.h — gettext for one content language at a time, without GTK.
 *
 * The UI speaks the user's language, but a handout or the kiosk speaks the
 * patient's: these look a message up in the catalogue of a given language tag.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Binds the text domain (honouring $MADOGUCHI_LOCALEDIR for uninstalled runs)
 * and makes sure LANGUAGE is honoured even under the C locale. Call once. */
void        mdg_i18n_init         (void);

/* The gettext catalogue name of a language tag: "zh-Hans" → "zh_CN",
 * "pt-BR" → "pt_BR", "ja-x-easy" → "ja@easy". */
const char *mdg_i18n_locale_for   (const char *tag);

/* @msgid translated into the language @tag (a knowledge-base tag such as
 * "vi"), or @msgid itself (English) when there is no translation. */
const char *mdg_translate         (const char *tag, const char *msgid);

/* The content language that fits the UI language: "ja" or "en". */
const char *mdg_i18n_ui_content_language (void);

G_END_DECLS
