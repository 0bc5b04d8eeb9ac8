#!/usr/bin/env python3
"""Records CPython's SyntaxErrors for bad snippets into Fixtures/syntax_errors.json.

Each snippet is written to a file and run as `python3 <file>` (the file-based parser is the
one whose messages we mirror, e.g. for non-UTF-8 source); a sitecustomize on PYTHONPATH
replaces sys.excepthook to dump the exception's fields as JSON. Never edit the fixture by hand:
add a snippet here and rerun `python3 Tests/SyntaxTests/gen_syntax_errors.py`.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Fixtures", "syntax_errors.json")

STOP = r'''
import sys
# Snippets that compile must not run (some loop forever): stop at the script's first frame.
def stop(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "<module>" and frame.f_code.co_filename.endswith("snippet.py"):
        sys.settrace(None)
        raise SystemExit(0)
    return None
sys.settrace(stop)
'''

HOOK = r'''
import sys, json
def hook(t, e, tb):
    d = {"class": t.__name__}
    if isinstance(e, SyntaxError):
        d.update(msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno,
                 end_offset=e.end_offset, text=e.text)
    else:
        d.update(msg=str(e), lineno=None, offset=None, end_lineno=None, end_offset=None, text=None)
    sys.__stderr__.write("@@JSON@@" + json.dumps(d) + "\n")
sys.excepthook = hook
# Snippets that compile must not run (some loop forever): stop at the script's first frame.
def stop(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "<module>" and frame.f_code.co_filename.endswith("snippet.py"):
        sys.settrace(None)
        raise SystemExit(0)
    return None
sys.settrace(stop)
'''

def deep(n, unit, tail):
    return unit * n + tail

def nested_ifs(n):
    return "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"

# (name, source) — source is str (UTF-8 encoded) or bytes.
SNIPPETS = [
    # brackets
    ("paren_never_closed", "x = (1, 2\n"),
    ("paren_never_closed_eof_nonl", "print('a'"),
    ("bracket_never_closed_multiline", "x = [1,\n 2,\n"),
    ("brace_never_closed_later_code", "d = {1: 2\ny = 3\n"),
    ("unmatched_rpar", "x = 1)\n"),
    ("unmatched_rsqb", "]\n"),
    ("mismatch_paren_bracket", "x = (1, 2]\n"),
    ("mismatch_multiline", "x = (1,\n 2]\n"),
    ("nested_200_ok_201", "(" * 201 + ")" * 201 + "\n"),
    ("nested_100k", "(" * 100000 + "\n"),
    ("nested_brackets_201", "[" * 201 + "]" * 201 + "\n"),
    # strings
    ("unterminated_string", "x = 'abc\n"),
    ("unterminated_string_dq", 'print("hello)\n'),
    ("unterminated_string_line3", "a = 1\nb = 2\nc = 'x\n"),
    ("unterminated_triple", "x = '''abc\n\ndef\n"),
    ("unterminated_triple_dq", 'x = 1\ns = """abc\n'),
    ("unterminated_string_after_error", "if x\n  pass\nz = \"abc\n"),
    ("unterminated_string_eof", "x = 'abc"),
    ("string_backslash_eol", "x = 'abc\\\n"),
    ("bytes_nonascii", "x = b'caf\u00e9'\n"),
    ("mix_bytes_str", "x = b'a' 'b'\n"),
    ("bad_N_escape", "x = '\\N{NOT A REAL NAME}'\n"),
    ("bad_x_escape", "x = '\\x4'\n"),
    ("bad_u_escape", "x = '\\u12'\n"),
    ("bad_U_escape_range", "x = '\\U00110000'\n"),
    ("bad_N_unterminated", "x = '\\N{LATIN'\n"),
    ("bytes_bad_x", "x = b'\\xZZ'\n"),
    # f-strings
    ("fstring_empty_expr", "f'{}'\n"),
    ("fstring_single_rbrace", "f'a}b'\n"),
    ("fstring_unclosed_brace", "f'{a'\n"),
    ("fstring_bad_conversion", "f'{a!x}'\n"),
    ("fstring_backslash", "f'{a\\n}'\n"),
    ("fstring_comment", "f'{a#}'\n"),
    ("fstring_invalid_expr", "f'{a b}'\n"),
    ("fstring_lambda", "f'{lambda x: 1}'\n"),
    ("fstring_unterminated", "f'abc\n"),
    ("fstring_nested_too_deep", "f'{x:{y:{z}}}'\n"),
    ("fstring_conversion_eof", "f'{a!}'\n"),
    ("fstring_star", "f'{*a}'\n"),
    ("fstring_assign", "f'{a = 1}'\n"),
    ("fstring_on_line2", "x = 1\ny = f'{x +}'\n"),
    ("fstring_yield", "f'{yield}'\n"),
    # numbers
    ("invalid_decimal", "x = 1abc\n"),
    ("invalid_decimal_2", "x = 123_\n"),
    ("invalid_double_underscore", "x = 1__0\n"),
    ("leading_zeros", "x = 0123\n"),
    ("leading_zeros_2", "x = 00012\n"),
    ("invalid_hex", "x = 0xg\n"),
    ("invalid_octal_digit", "x = 0o8\n"),
    ("invalid_binary_digit", "x = 0b102\n"),
    ("invalid_float_exp", "x = 1e\n"),
    ("invalid_float_exp2", "x = 1.5e+\n"),
    ("number_then_name", "x = 0x1for\n"),
    ("imaginary", "x = 1j\n"),
    ("float_then_name", "x = 1.5abc\n"),
    # characters and encoding
    ("invalid_char_dollar", "x = $a\n"),
    ("invalid_char_question", "x = a ? b : c\n"),
    ("invalid_char_unicode", "x = 1 \u2013 2\n"),
    ("invalid_char_quote", "print(\u201chello\u201d)\n"),
    ("invalid_nonprintable", "x = 1\x01\n"),
    ("non_utf8", b"x = 1\ny = '\xff'\n"),
    ("non_utf8_line1", b"\xe9t\xe9 = 1\n"),
    ("backtick", "x = `a`\n"),
    ("bang_alone", "x = !a\n"),
    # indentation
    ("unexpected_indent", "x = 1\n    y = 2\n"),
    ("unindent_mismatch", "if x:\n    a = 1\n  b = 2\n"),
    ("expected_indent_if", "if x:\npass\n"),
    ("expected_indent_for", "for i in x:\nprint(i)\n"),
    ("expected_indent_while", "while x:\nx -= 1\n"),
    ("expected_indent_def", "def f():\nreturn 1\n"),
    ("expected_indent_async_def", "async def f():\nreturn 1\n"),
    ("expected_indent_class", "class C:\nx = 1\n"),
    ("expected_indent_with", "with a:\npass\n"),
    ("expected_indent_try", "try:\nx\nexcept E:\n  pass\n"),
    ("expected_indent_except", "try:\n  x\nexcept E:\npass\n"),
    ("expected_indent_except_as", "try:\n  x\nexcept E as e:\npass\n"),
    ("expected_indent_bare_except", "try:\n  x\nexcept:\npass\n"),
    ("expected_indent_finally", "try:\n  x\nfinally:\npass\n"),
    ("expected_indent_else", "if x:\n  pass\nelse:\npass\n"),
    ("expected_indent_elif", "if x:\n  pass\nelif y:\npass\n"),
    ("expected_indent_for_else", "for x in y:\n  pass\nelse:\npass\n"),
    ("expected_indent_eof", "if x:\n"),
    ("expected_indent_eof_nonl", "def f():"),
    ("expected_indent_async_for", "async def f():\n  async for x in y:\n  pass\n"),
    ("expected_indent_async_with", "async def f():\n  async with y:\n  pass\n"),
    ("expected_indent_except_star", "try:\n  x\nexcept* E:\npass\n"),
    ("tab_error", "if x:\n        a = 1\n\tb = 2\n"),
    ("too_many_indent_levels", nested_ifs(101)),
    ("dedent_at_eof_ok_then_error", "def f():\n    x = 1\n  y\n"),
    # missing colon and friends
    ("expected_colon_if", "if x\n    pass\n"),
    ("expected_colon_def", "def f()\n    pass\n"),
    ("expected_colon_class", "class C\n    pass\n"),
    ("expected_colon_for", "for x in y\n    pass\n"),
    ("expected_colon_while", "while x\n    pass\n"),
    ("expected_colon_else", "if x:\n  pass\nelse\n  pass\n"),
    ("expected_colon_try", "try\n  pass\n"),
    ("expected_colon_with", "with a as b\n  pass\n"),
    ("expected_colon_elif", "if x:\n  pass\nelif y\n  pass\n"),
    ("expected_colon_lambda", "f = lambda x x\n"),
    ("expected_colon_dict", "d = {1 2}\n"),
    # generic invalid syntax
    ("invalid_two_names", "a b\n"),
    ("invalid_perhaps_comma", "print(a b)\n"),
    ("invalid_perhaps_comma_list", "x = [1 2 3]\n"),
    ("invalid_keyword_use", "x = if\n"),
    ("invalid_trailing_op", "x = 1 +\n"),
    ("invalid_double_eq_assign", "x == = 1\n"),
    ("invalid_else_alone", "else:\n  pass\n"),
    ("invalid_return_value_keyword", "return def\n"),
    ("invalid_stmt_after_expr", "x = 1 y = 2\n"),
    ("invalid_print_stmt", "print 'hello'\n"),
    ("invalid_exec_like", "print x\n"),
    ("invalid_semicolon_start", ";\n"),
    ("invalid_dot_dot", "a..b\n"),
    ("invalid_import", "import\n"),
    ("invalid_from_import", "from x import\n"),
    ("invalid_from_import_trailing_comma", "from x import a,\n"),
    ("invalid_def_no_parens", "def f:\n  pass\n"),
    ("invalid_class_kw", "class = 1\n"),
    ("invalid_star_expr_alone", "*a\n"),
    ("invalid_star_assign_alone", "*a = 1\n"),
    ("invalid_double_star_expr", "x = **a\n"),
    ("invalid_empty_subscript", "a[]\n"),
    ("invalid_continuation_char", "x = 1 \\ 2\n"),
    ("backslash_eof", "x = 1 + \\"),
    ("unexpected_eof_in_stmt", "x = (1 +\n"),
    ("invalid_walrus_target", "(a.b := 1)\n"),
    ("invalid_walrus_stmt", "x := 1\n"),
    ("invalid_lambda_default_order", "lambda a=1, b: 0\n"),
    ("invalid_nonlocal_syntax", "nonlocal\n"),
    ("invalid_in_cmp", "x = a not b\n"),
    ("invalid_arrow", "def f() -> : pass\n"),
    ("invalid_decorator_newline", "@dec\nx = 1\n"),
    ("invalid_async_stmt", "async x = 1\n"),
    ("invalid_await_stmt_module", "await\n"),
    ("invalid_kwarg_expr", "f(a.b=1)\n"),
    ("invalid_kwarg_literal", "f(1=2)\n"),
    ("invalid_kwarg_true", "f(True=2)\n"),
    ("invalid_generator_unparenthesized", "f(x for x in y, 1)\n"),
    ("invalid_try_alone", "try:\n  pass\nx = 1\n"),
    ("invalid_except_no_try", "except E:\n  pass\n"),
    ("invalid_except_multiple_types", "try:\n  pass\nexcept A, B:\n  pass\n"),
    ("invalid_default_except_not_last", "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n"),
    ("invalid_mixed_except_star", "try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass\n"),
    ("invalid_except_star_bare", "try:\n  pass\nexcept*:\n  pass\n"),
    ("invalid_with_as_literal", "with a as 1:\n  pass\n"),
    ("invalid_for_target_literal", "for 1 in x:\n  pass\n"),
    ("invalid_for_target_call", "for f() in x:\n  pass\n"),
    ("invalid_for_no_in", "for x y:\n  pass\n"),
    ("invalid_comprehension_unpack", "[*a for a in b]\n"),
    ("invalid_dict_comprehension_unpack", "{**a for a in b}\n"),
    ("invalid_comprehension_tuple", "[a, b for a, b in c]\n"),
    ("invalid_global_value", "global x = 1\n"),
    ("invalid_del_literal", "del 1\n"),
    ("invalid_del_call", "del f()\n"),
    ("invalid_import_dotted_as", "import a.b as c.d\n"),
    ("invalid_from_import_paren_trailing", "from a import (b, c\n"),
    ("invalid_class_args", "class C(x for x in y):\n  pass\n"),
    ("invalid_def_param_literal", "def f(1): pass\n"),
    ("invalid_def_star_only", "def f(*): pass\n"),
    ("invalid_def_star_comma_only", "def f(*,): pass\n"),
    ("invalid_def_double_star_default", "def f(**k=1): pass\n"),
    ("invalid_def_star_default", "def f(*a=1): pass\n"),
    ("invalid_def_param_after_kwargs", "def f(**k, a): pass\n"),
    ("invalid_def_slash_first", "def f(/, a): pass\n"),
    ("invalid_def_slash_twice", "def f(a, /, b, /): pass\n"),
    ("invalid_def_slash_after_star", "def f(*a, /): pass\n"),
    ("invalid_def_two_stars", "def f(*a, *b): pass\n"),
    ("invalid_def_duplicate_arg", "def f(a, a): pass\n"),
    ("invalid_lambda_duplicate_arg", "lambda a, a: 0\n"),
    ("invalid_yield_in_comprehension", "def f():\n  [(yield x) for x in y]\n"),
    ("invalid_conditional_no_else", "x = a if b\n"),
    ("invalid_assign_expression_stmt", "a + 1 = 2\n"),
    ("invalid_ellipsis_assign", "... = 1\n"),
    ("invalid_none_assign", "None = 1\n"),
    ("invalid_true_assign", "True = 1\n"),
    ("invalid_debug_assign", "__debug__ = 1\n"),
    ("invalid_keyword_assign_attr", "x.None = 1\n"),
    # assignment targets
    ("assign_to_call", "f() = 1\n"),
    ("assign_to_literal", "1 = x\n"),
    ("assign_to_string", "'a' = x\n"),
    ("assign_to_op", "a + b = 1\n"),
    ("assign_to_compare", "a < b = 1\n"),
    ("assign_to_lambda", "lambda: 1 = 1\n"),
    ("assign_to_await", "async def f():\n  await x = 1\n"),
    ("assign_to_tuple_literal", "(1, a) = 1, 2\n"),
    ("assign_to_list_call", "[a, f()] = 1, 2\n"),
    ("assign_to_dict", "{a: 1} = x\n"),
    ("assign_to_set", "{a} = x\n"),
    ("assign_to_fstring", "f'{a}' = x\n"),
    ("assign_to_ifexp", "a if b else c = 1\n"),
    ("assign_to_genexp", "(x for x in y) = 1\n"),
    ("assign_to_listcomp", "[x for x in y] = 1\n"),
    ("assign_chain_literal", "a = 1 = b\n"),
    ("augassign_to_tuple", "a, b += 1\n"),
    ("augassign_to_list", "[a] += 1\n"),
    ("augassign_to_call", "f() += 1\n"),
    ("augassign_to_literal", "1 += 1\n"),
    ("annassign_to_tuple", "a, b: int = 1\n"),
    ("annassign_to_list", "[a]: int\n"),
    ("annassign_to_call", "f(): int\n"),
    ("two_starred", "*a, *b = c\n"),
    ("starred_alone_target", "*a = b\n"),
    ("star_in_aug", "*a += 1\n"),
    ("assign_to_keyword_none", "def f(None): pass\n"),
    ("walrus_to_attribute", "if (a.b := 1): pass\n"),
    # compile-time (symtable/compiler) errors
    ("return_outside_function", "return 1\n"),
    ("return_outside_function_bare", "x = 1\nreturn\n"),
    ("return_in_class", "class C:\n  return 1\n"),
    ("yield_outside_function", "yield 1\n"),
    ("yield_from_outside_function", "yield from x\n"),
    ("yield_in_class", "class C:\n  yield 1\n"),
    ("await_outside_function", "await x\n"),
    ("await_outside_async", "def f():\n  await x\n"),
    ("await_in_lambda", "lambda: await x\n"),
    ("async_for_outside_async", "def f():\n  async for x in y: pass\n"),
    ("async_with_outside_async", "def f():\n  async with x: pass\n"),
    ("async_comprehension_outside_async", "def f():\n  return [x async for x in y]\n"),
    ("yield_from_in_async", "async def f():\n  yield from x\n"),
    ("return_value_in_async_gen", "async def f():\n  yield 1\n  return 2\n"),
    ("break_outside_loop", "break\n"),
    ("break_in_function", "def f():\n  break\n"),
    ("continue_outside_loop", "continue\n"),
    ("continue_in_if", "if x:\n  continue\n"),
    ("break_in_class_in_loop", "while 1:\n  class C:\n    break\n"),
    ("nonlocal_module", "nonlocal x\n"),
    ("nonlocal_no_binding", "def f():\n  nonlocal x\n"),
    ("nonlocal_in_class_no_binding", "class C:\n  nonlocal x\n"),
    ("global_after_use", "def f():\n  print(x)\n  global x\n"),
    ("global_after_assign", "def f():\n  x = 1\n  global x\n"),
    ("nonlocal_after_assign", "def g():\n  x = 1\n  def f():\n    x = 2\n    nonlocal x\n"),
    ("global_and_param", "def f(x):\n  global x\n"),
    ("nonlocal_and_param", "def g():\n  x = 1\n  def f(x):\n    nonlocal x\n"),
    ("global_and_nonlocal", "def g():\n  x = 1\n  def f():\n    global x\n    nonlocal x\n"),
    ("default_after_non_default", "def f(a=1, b): pass\n"),
    ("default_after_non_default_posonly", "def f(a=1, /, b): pass\n"),
    ("keyword_repeated", "f(a=1, a=2)\n"),
    ("positional_after_keyword", "f(a=1, 2)\n"),
    ("positional_after_kwargs_unpack", "f(**k, 2)\n"),
    ("star_after_kwargs_unpack", "f(**k, *a)\n"),
    ("starred_assignment_in_list_only", "a = *b\n"),
    ("starred_in_subscript_assign", "a[*b] = 1\n"),
    ("too_many_starred_expr", "x = [*a, *b]\n*a, b, *c = d\n"),
    ("del_starred", "del *a\n"),
    ("del_paren_starred", "del (*a,)\n"),
    ("starred_expression_stmt", "print(*)\n"),
    ("await_in_sync_comprehension_module", "[await x for x in y]\n"),
    ("return_in_lambda_body", "lambda: return 1\n"),
    ("import_star_in_function", "def f():\n  from os import *\n"),
    ("future_import_late", "x = 1\nfrom __future__ import annotations\n"),
    ("future_unknown", "from __future__ import braces\n"),
    ("annotation_global", "def f():\n  global x\n  x: int = 1\n"),
    ("annotation_nonlocal", "def g():\n  x = 1\n  def f():\n    nonlocal x\n    x: int\n"),
    ("param_is_global_and_annotated", "x: int\nglobal x\n"),
    ("duplicate_kw_in_class", "class C(a=1, a=2): pass\n"),
    ("static_nested_blocks", nested_ifs(0) + "".join(" " * i + "for x in y:\n" for i in range(21)) + " " * 21 + "pass\n"),
    # unsupported constructs: CPython accepts these; lessons report them, but they must not crash
    ("match_statement_bad", "match x:\n  case 1 2:\n    pass\n"),
    # deep nesting
    ("deep_not_3000", "not " * 3000 + "x\n"),
    ("deep_not_100000", "not " * 100000 + "x\n"),
    ("deep_neg_3000", "-" * 3000 + "1\n"),
    ("deep_neg_100000", "-" * 100000 + "1\n"),
    ("deep_attr_100000", "a" + ".b" * 100000 + "\n"),
    ("deep_add_100000", "+".join(["a"] * 100000) + "\n"),
    ("deep_call_100000", "f" + "()" * 100000 + "\n"),
    ("deep_sub_100000", "a" + "[0]" * 100000 + "\n"),
    ("deep_lambda_3000", "lambda: " * 3000 + "x\n"),
    ("deep_pow_3000", "**".join(["a"] * 3000) + "\n"),
    ("deep_ifexp_3000", "a if b else " * 3000 + "c\n"),
    ("deep_ifexp_10000", "a if b else " * 10000 + "c\n"),
    ("deep_ifs_1000", nested_ifs(1000)),
    ("deep_elif_1000", "if a:\n  pass\n" + "elif a:\n  pass\n" * 1000),
    ("deep_elif_5000", "if a:\n  pass\n" + "elif a:\n  pass\n" * 5000),
    ("deep_await_3000", "async def f():\n  " + "await " * 3000 + "x\n"),
]

# Deep nesting: none of these may crash or recurse without bound in Swift.
SNIPPETS += [
    ("deep_lambda_100000", "lambda: " * 100000 + "x\n"),
    ("deep_lambda_2984", "lambda: " * 2984 + "x\n"),
    ("deep_pow_100000", "**".join(["a"] * 100000) + "\n"),
    ("deep_ifexp_100000", "a if b else " * 100000 + "c\n"),
    ("deep_not_2992", "not " * 2992 + "x\n"),
    ("deep_not_2993", "not " * 2993 + "x\n"),
    ("deep_add_2993", "+".join(["a"] * 2993) + "\n"),
    ("deep_add_2994", "+".join(["a"] * 2994) + "\n"),
    ("deep_parens_not", "(" * 150 + "not " * 3000 + "x" + ")" * 150 + "\n"),
    ("deep_parens_then_add", "(" * 199 + "+".join(["a"] * 5000) + ")" * 199 + "\n"),
    ("deep_list_100k", "[" * 100000 + "\n"),
    ("deep_mixed_brackets", "([{" * 70 + "\n"),
    ("deep_call_args", "f(" * 199 + ")" * 199 + "\n"),
    ("deep_fstring_parens", "f'{" + "(" * 199 + "x" + ")" * 199 + "}'\n"),
    ("deep_lambda_in_parens", "(" * 100 + "lambda: " * 3000 + "x" + ")" * 100 + "\n"),
    ("deep_unary_mix", "-+~" * 3000 + "x\n"),
    ("deep_attr_call_mix", "a" + ".b()" * 5000 + "\n"),
    ("deep_and_chain", " and ".join(["a"] * 100000) + "\n"),
    ("deep_compare_chain", " < ".join(["a"] * 100000) + "\n"),
    ("deep_tuple_flat", ",".join(["a"] * 100000) + "\n"),
    ("deep_string_concat", "'a' " * 100000 + "\n"),
]

# More everyday mistakes.
SNIPPETS += [
    ("unclosed_call_multiline", "print('a',\n      'b'\nx = 1\n"),
    ("missing_comma_dict", "d = {'a': 1 'b': 2}\n"),
    ("missing_comma_call_strings", "print('a' 'b' c)\n"),
    ("assign_in_if", "if x = 1:\n    pass\n"),
    ("assign_call_in_if", "if f() = 1:\n    pass\n"),
    ("unicode_name_error_pos", "\u00e9 = 1 2\n"),
    ("unicode_string_then_error", "x = '\u00e9\u00e9' 2\n"),
    ("keyword_repeated_unicode", "f(\u00e9=1, \u00e9=2)\n"),
    ("indent_after_comment_block", "def f():\n    # comment\n\n    return 1\n  x = 2\n"),
    ("mixed_tabs_ok_then_bad", "if a:\n\tif b:\n\t\tc\n        d\n"),
    ("form_feed_indent", "if a:\n\x0c    b\n"),
    ("async_comprehension_in_sync_def", "def f():\n    return [await x for x in y]\n"),
    ("await_in_genexp_module", "(await x for x in y)\n"),
    ("async_gen_ok", "async def f():\n    yield 1\n    return\n"),
    ("break_in_loop_else", "for x in y:\n    pass\nelse:\n    break\n"),
    ("continue_in_finally_in_loop", "while 1:\n    try:\n        pass\n    finally:\n        continue\n"),
    ("yield_in_lambda_module", "lambda: (yield)\n"),
    ("yield_in_class_in_def", "def f():\n    class C:\n        yield 1\n"),
    ("nonlocal_from_class_method", "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n"),
    ("nonlocal_global_outer", "def f():\n    global x\n    def g():\n        nonlocal x\n"),
    ("starred_return", "def f():\n    return *a\n"),
    ("starred_in_call_ok", "f(*a, *b, **c, **d)\n"),
    ("double_starred_expr_stmt", "**a\n"),
    ("lambda_kw_default_order_ok", "lambda *, a=1, b: 0\n"),
    ("print_legacy_chevron", "print >>sys.stderr, 'x'\n"),
    ("exec_legacy", "exec 'code'\n"),
    ("unterminated_fstring_triple", "x = f'''{a}\n"),
    ("string_prefix_invalid", "x = ub'a'\n"),
    ("only_comment", "# just a comment\n"),
    ("only_indented_comment", "    # comment\nx = 1\n"),
    ("trailing_backslash_in_string_eof", "x = '\\"),
    ("number_dot_attr", "x = 1.real\n"),
    ("number_space_attr_ok", "x = 1 .real\n"),
    ("keyword_as_attr", "x.class = 1\n"),
    ("def_missing_body_eof_after_comment", "def f():\n    # todo\n"),
    ("class_missing_body_then_dedent", "class C:\nx = 1\n"),
    ("else_without_if_in_block", "def f():\n    else:\n        pass\n"),
    ("two_statements_one_line", "x = 1 print(x)\n"),
    ("unclosed_paren_then_def", "x = (1,\ndef f():\n    pass\n"),
    ("closing_mismatch_curly", "x = {1, 2)\n"),
    ("nested_fstring_same_quote", "f'{'a'}'\n"),
    ("fstring_expression_newline", "f'''{\na\n}'''\n"),
    ("fstring_format_spec_nested_ok", "f'{x:{y}}'\n"),
    ("fstring_conversion_then_junk", "f'{x!r junk}'\n"),
    ("fstring_bang_equal_ok", "f'{x!=y}'\n"),
    ("fstring_unmatched_paren", "f'{x)}'\n"),
    ("fstring_missing_close", "f'{x!r'\n"),
    ("walrus_in_comprehension_iterable", "[x for x in (y := [1])]\n"),
    ("global_at_module_ok", "global x\nx = 1\n"),
    ("del_tuple_parens_ok", "del (a, b), [c]\n"),
    ("del_expression", "del a + b\n"),
    ("aug_assign_attr_ok", "a.b += 1\n"),
    ("with_star_target", "with a as *b:\n    pass\n"),
    ("for_star_target_ok", "for *a, b in c:\n    pass\n"),
    ("dict_missing_value", "d = {1:}\n"),
    ("dict_star_value", "d = {1: *a}\n"),
    ("set_double_star", "s = {**a, 1}\n"),
    ("call_kw_then_star_ok", "f(a=1, *b)\n"),
    ("import_relative_star_ok", "from . import *\n"),
    ("import_missing_name", "from . import\n"),
    ("raise_from_missing", "raise E from\n"),
    ("assert_missing", "assert\n"),
    ("decorator_missing_def_eof", "@dec\n"),
    ("return_in_async_gen_bare_ok", "async def f():\n    yield\n    return\n"),
    ("crlf_error", "x = 1\r\nif x\r\n    pass\r\n"),
    ("bom_ok", "\ufeffx = 1\n"),
    ("nul_byte", "x = 1\x00\n"),
    ("empty_source", ""),
]

# Depth limits around CPython's thresholds (running a file).
SNIPPETS += [
    ("deep_not_2998", "not " * 2998 + "x\n"),
    ("deep_not_2999", "not " * 2999 + "x\n"),
    ("deep_add_2999", "+".join(["a"] * 2999) + "\n"),
    ("deep_add_3000", "+".join(["a"] * 3000) + "\n"),
    ("deep_def_not_2997", "def f():\n return " + "not " * 2997 + "x\n"),
    ("deep_def_not_2998", "def f():\n return " + "not " * 2998 + "x\n"),
    ("deep_elif_2998", "if a:\n  pass\n" + "elif a:\n  pass\n" * 2998),
    ("deep_elif_2999", "if a:\n  pass\n" + "elif a:\n  pass\n" * 2999),
    ("deep_not_5969", "not " * 5969 + "x\n"),
    ("deep_not_5970", "not " * 5970 + "x\n"),
    ("deep_parens100_not_3215", "(" * 100 + "not " * 3215 + "x" + ")" * 100 + "\n"),
    ("deep_parens100_not_3300", "(" * 100 + "not " * 3300 + "x" + ")" * 100 + "\n"),
]

# Students' everyday mistakes.
SNIPPETS += [
    ("def_return_annotation_no_colon", "def f(x) -> int\n    return x\n"),
    ("class_empty_parens_eof", "class Foo():\n"),
    ("while_no_colon_stmt", "while True print(x)\n"),
    ("for_no_colon_stmt", "for i in range(10) print(i)\n"),
    ("if_no_colon_stmt", "if x == 1 print(x)\n"),
    ("else_if", "if a:\n    pass\nelse if b:\n    pass\n"),
    ("elif_without_if", "elif x:\n    pass\n"),
    ("triple_equal", "x === y\n"),
    ("plus_star", "x = 5 +* 3\n"),
    ("await_no_operand", "async def f():\n    await\n"),
    ("fstring_missing_brace_in_spec", "print(f\"{x:{y}\")\n"),
    ("lambda_yield", "f = lambda x: yield x\n"),
    ("import_as_missing", "import a as\n"),
    ("from_import_as_missing", "from a import b as\n"),
    ("raise_comma", "raise Exception, 'msg'\n"),
    ("dict_missing_colon_second", "x = {'a': 1, 'b' 2}\n"),
    ("def_star_then_bare_star", "def f(*args, *, a): pass\n"),
    ("with_as_two_names", "with open(f) as f g:\n    pass\n"),
    ("def_keyword_name", "def class():\n    pass\n"),
    ("import_keyword_assign", "import = 1\n"),
    ("for_in_in", "for in in x:\n    pass\n"),
    ("none_augassign", "None += 1\n"),
    ("paren_tuple_augassign", "(a, b) += 1\n"),
    ("del_paren_binop", "del (a + b)\n"),
    ("annassign_tuple_values", "x: int, y: int = 1, 2\n"),
    ("nbsp_in_code", "x =\u00a01\n"),
    ("else_indent_mismatch", "if x:\n  pass\n else:\n  pass\n"),
    ("leading_indent_file", "  x = 1\n"),
    ("print_missing_close_then_more", "print('hello'\nprint('world')\n"),
    ("string_unterminated_in_call", "print('hello)\n"),
    ("fstring_unterminated_nested_quote", "print(f\"{x['a]}\")\n"),
    ("missing_operator_between_calls", "f() g()\n"),
    ("dot_number", "x = a.1\n"),
    ("double_dot_call", "x.y..z()\n"),
    ("comma_in_subscript_assign_ok", "a[1, 2] = 3\n"),
    ("star_expr_in_index_del", "del a[*b]\n"),
    ("missing_paren_def_args", "def f(a, b:\n    pass\n"),
    ("colon_instead_of_equal", "x : = 1\n"),
    ("async_lambda", "async lambda: 0\n"),
    ("await_in_class_body", "class C:\n    await x\n"),
    ("await_at_module_in_fstring", "f'{await x}'\n"),
    ("gen_in_call_with_kw", "f(x for x in y, key=1)\n"),
    ("keyword_arg_not_name", "f(a.b=1)\n"),
    ("default_except_then_star", "try:\n    pass\nexcept:\n    pass\nexcept* E:\n    pass\n"),
    ("finally_before_except", "try:\n    pass\nfinally:\n    pass\nexcept E:\n    pass\n"),
    ("else_before_except", "try:\n    pass\nelse:\n    pass\n"),
    ("return_with_yield_ok", "def f():\n    yield 1\n    return 2\n"),
    ("unpack_too_many_stars_in_list", "[*a, *b] = c\n"),
    ("starred_in_aug_target", "a, *b += 1\n"),
    ("assign_to_keyword_attr_ok", "x.match = 1\n"),
    ("soft_keyword_names_ok", "match = 1\ncase = 2\n_ = match + case\nmatch(x)\n"),
    ("match_stmt_valid", "match x:\n    case 1:\n        pass\n"),
    ("mixed_indent_blank_lines_ok", "if x:\n    a\n\n\n    b\n"),
    ("comment_at_dedent_ok", "if x:\n    a\n# comment\nb\n"),
    ("deeply_indented_comment_ok", "if x:\n    a\n            # comment\n    b\n"),
    ("unicode_identifier_ok", "\u00e9t\u00e9 = 1\nprint(\u00e9t\u00e9)\n"),
    ("unicode_identifier_invalid_start", "\u00b2x = 1\n"),
    ("emoji_identifier", "\U0001F600 = 1\n"),
]

def run_length(text, min_saving=64):
    """Splits text into [unit, count] parts so that huge generated snippets stay small in the
    fixture (the Swift test concatenates unit * count)."""
    parts = []
    literal = []
    i, n = 0, len(text)
    while i < n:
        best = (0, 0)
        for u in range(1, 33):
            unit = text[i:i + u]
            if len(unit) < u:
                break
            j = i + u
            while text.startswith(unit, j):
                j += u
            reps = (j - i) // u
            if reps >= 3 and (j - i) > best[0] * best[1]:
                best = (u, reps)
        if best[0] and best[0] * best[1] >= min_saving:
            if literal:
                parts.append(["".join(literal), 1])
                literal = []
            parts.append([text[i:i + best[0]], best[1]])
            i += best[0] * best[1]
        else:
            literal.append(text[i])
            i += 1
    if literal:
        parts.append(["".join(literal), 1])
    return parts

# Compile-time warnings CPython prints (SyntaxWarning is shown by default).
SNIPPETS += [
    ("warn_is_literal", "x = 1\nif x is 1:\n    pass\n"),
    ("warn_is_not_literal_str", "x = 'a'\nprint(x is not 'a')\n"),
    ("warn_is_none_ok", "x = None\nprint(x is None, x is ...)\n"),
    ("warn_assert_tuple", "assert (1 == 2, 'message')\n"),
    ("warn_tuple_call", "x = [(1, 2) (3, 4)]\n"),
    ("warn_str_call", "print('a' 'b' ('c'))\n"),
    ("warn_number_keyword", "x = 1if True else 2\n"),
    ("warn_number_keyword_then_error", "x = 0x1for\ny = (\n"),
    ("warn_then_compile_error", "if 1 is 1:\n    pass\nreturn 5\n"),
    ("warn_in_function", "def f(x):\n    return x is 'yes'\n"),
    ("warn_chain_compare", "print(1 < 2 is 3)\n"),
    # compile.c's check_subscripter / check_index (loads only; stores and del are silent)
    ("warn_subscript_none", "f = lambda: None[0]\n"),
    ("warn_subscript_int_paren", "f = lambda: (5)[0]\n"),
    ("warn_subscript_neg_float", "f = lambda: (-1.5)[0]\n"),
    ("warn_subscript_set_gen_lambda", "f = lambda: ({1}[0], (x for x in 'a')[0], (lambda: 1)[0])\n"),
    ("warn_subscript_str_ok", "print('abc'[1], 'abc'[-1], 'abc'[1:2], b'x'[0], (1, 2)[True])\n"),
    ("warn_index_list_float", "f = lambda: [1][1.0]\n"),
    ("warn_index_str_none", "f = lambda: 'abc'[None]\n"),
    ("warn_index_tuple_str", "f = lambda: (1, 2)['a']\n"),
    ("warn_index_fstring_list", "x = 1\nf = lambda: f'{x}'[[0]]\n"),
    ("warn_index_tuple_index", "f = lambda: [1, 2][0, 1]\n"),
    ("warn_index_unknown_ok", "x = 1\nf = lambda: [1][x], {1: 2}['a'], [1][-1]\n"),
    ("warn_subscript_store_silent", "def f():\n    [1][1.0] = 2\n    del [1][1.0]\n"),
]

def main():
    results = []
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as tmp2:
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        with open(os.path.join(tmp2, "sitecustomize.py"), "w") as f:
            f.write(STOP)
        env = dict(os.environ, PYTHONPATH=tmp, PYTHONIOENCODING="utf-8")
        env.pop("PYTHONSTARTUP", None)
        env2 = dict(env, PYTHONPATH=tmp2)
        for name, src in SNIPPETS:
            data = src if isinstance(src, bytes) else src.encode("utf-8")
            path = os.path.join(tmp, "snippet.py")
            with open(path, "wb") as f:
                f.write(data)
            p = subprocess.run([sys.executable, "-X", "utf8=0", "snippet.py"], env=env, cwd=tmp,
                               capture_output=True, timeout=120)
            err = p.stderr.decode("utf-8", "replace")
            if len(data) > 4096 and isinstance(src, str):
                entry = {"name": name, "source_parts": run_length(src)}
            else:
                entry = {"name": name, "source_b64": __import__("base64").b64encode(data).decode()}
            if "@@JSON@@" in err:
                d = json.loads(err.split("@@JSON@@", 1)[1].splitlines()[0])
                # CPython names the script by its absolute path; keep fixtures stable.
                if d.get("msg"):
                    d["msg"] = d["msg"].replace(tmp + os.sep, "")
                if d.get("text") and len(d["text"]) > 4096:
                    d["text_length"] = len(d["text"])
                    d["text"] = d["text"][:64]  # long lines: keep a prefix and the length
                entry.update(d)
            else:
                # No exception at compile time: the snippet parses (and maybe runs) in CPython.
                entry.update({"class": None, "exit": p.returncode})
            if True:
                # What CPython prints for it (warnings included), with the script's absolute
                # path made relative.
                p2 = subprocess.run([sys.executable, "-X", "utf8=0", "snippet.py"], env=env2, cwd=tmp,
                                    capture_output=True, timeout=120)
                err2 = p2.stderr.decode("utf-8", "replace").replace(tmp + os.sep, "")
                if len(err2) <= 4096:  # very long source lines are checked through `text` already
                    entry["stderr"] = err2
            results.append(entry)
    with open(OUT, "w") as f:
        json.dump({"python": sys.version.split()[0], "filename": "snippet.py", "cases": results},
                  f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(results)} cases to {OUT}")

if __name__ == "__main__":
    main()
