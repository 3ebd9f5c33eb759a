/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-terms.c — finds the glossary's terms in the cases' texts. No GTK. */

#include "mdg-terms.h"

#include <string.h>

/* Finding glossary terms in the cases. A plain search per term and case grows with
 * cases × terms, which took minutes on a large but valid file; this Aho–Corasick
 * automaton over the bytes of every term and alias reads each text once. */

typedef struct {
  guint8  byte;
  guint32 first_child;    /* while building: the children, in byte order, linked */
  guint32 last_child;
  guint32 next_sibling;
  guint32 children;       /* once built: the first of n_children in MdgTermMatcher.children */
  guint32 n_children;
  guint32 fail;
  guint32 output;         /* the nearest node down the fail links that ends a needle */
  guint32 links;          /* 1 + the first TermLink of the needles ending here, or 0 */
  guint32 seen;           /* the last case that reached this node */
} MatchNode;

typedef struct {
  guint32 term;
  guint32 next;           /* 1 + the next TermLink, or 0 */
} TermLink;

typedef struct {
  const char *needle;
  guint32     term;
} Needle;

struct _MdgTermMatcher {
  GArray  *nodes;         /* MatchNode; the root is 0, which also means “none” */
  GArray  *links;         /* TermLink */
  GArray  *children;      /* guint32: each node's children together, by byte */
  GArray  *found;         /* guint32: the terms found in the current case */
  guint32 *term_seen;     /* per term: the last case it was found in */
  guint32  stamp;         /* the current case, from 1 */
};

#define NODE(m, i) (&g_array_index ((m)->nodes, MatchNode, (i)))

static int
compare_needles (gconstpointer a,
                 gconstpointer b)
{
  const Needle *needle_a = a;
  const Needle *needle_b = b;

  return strcmp (needle_a->needle, needle_b->needle);
}

static guint32
matcher_step (MdgTermMatcher *m,
              guint32         node,
              guchar          byte)
{
  /* Not &g_array_index (…, 0): with no glossary the array has no data, and an
   * offset from NULL is undefined even when never read. */
  const guint32 *children = (const guint32 *) (gpointer) m->children->data;
  guint32 low = NODE (m, node)->children;
  guint32 high = low + NODE (m, node)->n_children;

  while (low < high)
    {
      guint32 middle = low + (high - low) / 2;
      guchar b = NODE (m, children[middle])->byte;

      if (b == byte)
        return children[middle];
      if (b < byte)
        low = middle + 1;
      else
        high = middle;
    }

  return 0;
}

void
mdg_term_matcher_free (MdgTermMatcher *m)
{
  g_array_unref (m->nodes);
  g_array_unref (m->links);
  g_array_unref (m->children);
  g_array_unref (m->found);
  g_free (m->term_seen);
  g_free (m);
}

MdgTermMatcher *
mdg_term_matcher_new (GPtrArray *glossary)
{
  g_autoptr(GArray) needles = g_array_new (FALSE, FALSE, sizeof (Needle));
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint32));
  MdgTermMatcher *m = g_new0 (MdgTermMatcher, 1);
  MatchNode root = { 0, };
  const char *previous = "";
  guint32 zero = 0;

  m->nodes = g_array_new (FALSE, FALSE, sizeof (MatchNode));
  m->links = g_array_new (FALSE, FALSE, sizeof (TermLink));
  m->children = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->found = g_array_new (FALSE, FALSE, sizeof (guint32));
  m->term_seen = g_new0 (guint32, glossary->len);
  g_array_append_val (m->nodes, root);

  for (guint i = 0; i < glossary->len; i++)
    {
      const MdgTerm *term = g_ptr_array_index (glossary, i);
      Needle needle = { mdg_text_get_exact (term->term, "ja"), i };

      g_array_append_val (needles, needle);
      for (guint j = 0; j < term->aliases->len; j++)
        {
          needle.needle = g_ptr_array_index (term->aliases, j);
          g_array_append_val (needles, needle);
        }
    }

  /* In sorted order each needle branches off the path of the one before, so the
   * trie is built in one pass and every node gets its children in byte order. */
  g_array_sort (needles, compare_needles);
  g_array_append_val (path, zero);
  for (guint i = 0; i < needles->len; i++)
    {
      const Needle *needle = &g_array_index (needles, Needle, i);
      const char *s = needle->needle;
      TermLink link;
      guint32 node;
      gsize common = 0;

      while (s[common] != '\0' && s[common] == previous[common])
        common++;
      g_array_set_size (path, common + 1);

      for (gsize depth = common; s[depth] != '\0'; depth++)
        {
          guint32 parent = g_array_index (path, guint32, depth);
          MatchNode child = { .byte = (guchar) s[depth] };
          guint32 index = m->nodes->len;

          g_array_append_val (m->nodes, child);
          if (NODE (m, parent)->last_child != 0)
            NODE (m, NODE (m, parent)->last_child)->next_sibling = index;
          else
            NODE (m, parent)->first_child = index;
          NODE (m, parent)->last_child = index;
          g_array_append_val (path, index);
        }

      node = g_array_index (path, guint32, path->len - 1);
      link = (TermLink) { needle->term, NODE (m, node)->links };
      g_array_append_val (m->links, link);
      NODE (m, node)->links = m->links->len;
      previous = s;
    }

  /* Breadth first, so that a node's fail target, which is shallower, is done. */
  g_array_append_val (queue, zero);
  for (guint q = 0; q < queue->len; q++)
    {
      guint32 parent = g_array_index (queue, guint32, q);

      NODE (m, parent)->children = m->children->len;
      for (guint32 child = NODE (m, parent)->first_child;
           child != 0;
           child = NODE (m, child)->next_sibling)
        {
          guint32 fail = 0;

          g_array_append_val (m->children, child);
          g_array_append_val (queue, child);
          NODE (m, parent)->n_children++;

          if (parent != 0)
            {
              guint32 f = NODE (m, parent)->fail;

              for (;;)
                {
                  fail = matcher_step (m, f, NODE (m, child)->byte);
                  if (fail != 0 || f == 0)
                    break;
                  f = NODE (m, f)->fail;
                }
            }

          NODE (m, child)->fail = fail;
          NODE (m, child)->output = NODE (m, fail)->links != 0 ? fail : NODE (m, fail)->output;
        }
    }

  return m;
}

static void
matcher_scan (MdgTermMatcher *m,
              const MdgText  *text)
{
  const char *ja = mdg_text_get_exact (text, "ja");
  guint32 state = 0;

  if (ja == NULL)
    return;

  for (const guchar *p = (const guchar *) ja; *p != '\0'; p++)
    {
      guint32 next;

      while ((next = matcher_step (m, state, *p)) == 0 && state != 0)
        state = NODE (m, state)->fail;
      state = next;

      /* A node seen in this case had its whole output chain reported then. */
      for (guint32 node = NODE (m, state)->links != 0 ? state : NODE (m, state)->output;
           node != 0 && NODE (m, node)->seen != m->stamp;
           node = NODE (m, node)->output)
        {
          NODE (m, node)->seen = m->stamp;
          for (guint32 link = NODE (m, node)->links; link != 0;
               link = g_array_index (m->links, TermLink, link - 1).next)
            {
              guint32 term = g_array_index (m->links, TermLink, link - 1).term;

              if (m->term_seen[term] != m->stamp)
                {
                  m->term_seen[term] = m->stamp;
                  g_array_append_val (m->found, term);
                }
            }
        }
    }
}

static void
matcher_scan_all (MdgTermMatcher *m,
                  GPtrArray      *texts)
{
  for (guint i = 0; i < texts->len; i++)
    matcher_scan (m, g_ptr_array_index (texts, i));
}

static int
compare_uint32 (gconstpointer a,
                gconstpointer b)
{
  guint32 value_a = *(const guint32 *) a;
  guint32 value_b = *(const guint32 *) b;

  return (value_a > value_b) - (value_a < value_b);
}

void
mdg_term_matcher_find (MdgTermMatcher *m,
                       MdgCase        *kase,
                       GPtrArray      *glossary)
{
  m->stamp++;
  g_array_set_size (m->found, 0);

  matcher_scan (m, kase->symptom);
  matcher_scan (m, kase->error_screen);
  matcher_scan (m, kase->error_message);
  matcher_scan_all (m, kase->causes);
  for (guint i = 0; i < kase->responses->len; i++)
    {
      const MdgResponse *response = g_ptr_array_index (kase->responses, i);

      matcher_scan (m, response->preface);
      for (guint j = 0; j < response->parts->len; j++)
        {
          const MdgPart *part = g_ptr_array_index (response->parts, j);

          matcher_scan (m, part->condition);
          matcher_scan (m, part->text);
        }
      matcher_scan_all (m, response->notes);
    }
  matcher_scan_all (m, kase->notes);

  g_array_sort (m->found, compare_uint32);
  for (guint i = 0; i < m->found->len; i++)
    g_ptr_array_add (kase->terms,
                     g_ptr_array_index (glossary, g_array_index (m->found, guint32, i)));
}
