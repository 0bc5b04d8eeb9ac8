/* C shims for libedit's native (histedit) API.
 *
 * el_set, el_get and history() are C variadic functions, which Swift cannot
 * call; each use gets a small static inline wrapper here. The C globals
 * stdin/stdout/stderr are wrapped too because Swift 6 rejects them as
 * not concurrency-safe. */
#ifndef LOOPLAB_CLIBEDIT_SHIM_H
#define LOOPLAB_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <langinfo.h>
#include <histedit.h>

static inline FILE *clibedit_stdin(void) { return stdin; }
static inline FILE *clibedit_stdout(void) { return stdout; }
static inline FILE *clibedit_stderr(void) { return stderr; }

typedef unsigned char (*clibedit_fn)(EditLine *, int);
typedef char *(*clibedit_prompt_fn)(EditLine *);

static inline int clibedit_set_prompt(EditLine *el, clibedit_prompt_fn f, char esc)
    { return el_set(el, EL_PROMPT_ESC, f, esc); }
static inline int clibedit_set_editor(EditLine *el, const char *mode)
    { return el_set(el, EL_EDITOR, mode); }
static inline int clibedit_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int clibedit_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int clibedit_set_clientdata(EditLine *el, void *p) { return el_set(el, EL_CLIENTDATA, p); }
static inline void *clibedit_get_clientdata(EditLine *el)
    { void *p = NULL; el_get(el, EL_CLIENTDATA, &p); return p; }
static inline int clibedit_addfn(EditLine *el, const char *name, const char *help, clibedit_fn f)
    { return el_set(el, EL_ADDFN, name, help, f); }
static inline int clibedit_bind(EditLine *el, const char *key, const char *fn)
    { return el_set(el, EL_BIND, key, fn, (const char *)NULL); }

static inline int clibedit_hist_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int clibedit_hist_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int clibedit_hist_enter(History *h, const char *s) { HistEvent ev; return history(h, &ev, H_ENTER, s); }
static inline int clibedit_hist_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int clibedit_hist_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }

#endif
