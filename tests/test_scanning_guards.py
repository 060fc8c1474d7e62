"""scanning.opening_chars, read past lookarounds and what may be left out; scanning.guarded: a guard before each list of words a pattern tries past its start, made from the words (their first
characters; a lookbehind's last ones), and none where a word opens with no plain character; the guarded pattern
matches as the plain one."""

from __future__ import annotations

import itertools

import pytest
import regex

from lawreport.scanning import guarded, opening_chars


@pytest.mark.parametrize("plain, expected", [
    # a list after a character: its words' first characters, an optional one's and the next too
    ("ab(?:cd|ef)", "ab(?=[ce])(?:cd|ef)"),
    ("a(?:x?cd|(?:ef|g)h)", "a(?=[xceg])(?:x?cd|(?:ef|g)h)"),
    ("a(?P<n>cd|ef)", "a(?=[ce])(?P<n>cd|ef)"),
    # a list opening the pattern: the engine tests its first character itself
    ("(?:cd|ef)x", "(?:cd|ef)x"),
    # a list that may be left out, or whose words open with \d or a range: none
    ("a(?:b|c)?d", "a(?:b|c)?d"),
    ("a(?:\\d|b)", "a(?:\\d|b)"),
    ("a(?:[b-d]x|e)", "a(?:[b-d]x|e)"),
    # a lookbehind: the last characters of its words, and its last character where all end alike
    ("x(?<=ab|cd)y", "x(?<=[bd])(?<=ab|cd)y"),
    ("(?<=(?:ab|cd)e?《)x", "(?<=[ebd]《)(?<=(?:ab|cd)e?《)x"),
    ("(?<=(?<!z)ab|cd)x", "(?<=[bd])(?<=(?<!z)ab|cd)x"),
    ("(?<=a)x", "(?<=a)x"),
    # words read in any case: a guard read so too
    ("a(?i:bc|de)", "a(?=(?i:[bd]))(?i:bc|de)"),
    # a call of a named list: its words
    ("(?P<n>cd|ef)x(?&n)", "(?P<n>cd|ef)x(?=[ce])(?&n)"),
    # a lazy run of a negated class before a list: runs up to the list's first characters
    ("[^《》]*?(?:ab|c)", "(?=[^《》ac]*+[ac])(?:[^《》ac]++|[ac])*?(?:ab|c)"),
    ("[^《a》]*?(?:ab|c)", "[^《a》]*?(?=[ac])(?:ab|c)"),  # a first character the run stops at: a plain guard
    # flags for the whole pattern, or syntax not read: unchanged
    ("(?i)ab(?:cd|ef)", "(?i)ab(?:cd|ef)"),
    ("ab(?:\\x41|ef)", "ab(?:\\x41|ef)"),
])
def test_guards_made_from_the_words(plain, expected):
    assert guarded(plain) == expected


@pytest.mark.parametrize("plain", [
    "ab(?:cd|ef)", "a(?:x?cd|(?:ef|g)h)", "x(?<=ab|cd)y", "(?<=(?:ab|cd)e?《)x", "a(?i:bc|de)",
    "(?P<n>cd|ef)x(?&n)", "[^《》]*?(?:ab|c)", "[^《a》]*?(?:ab|c)", "(?<=(?<!z)ab|cd)x",
])
def test_a_guarded_pattern_matches_as_the_plain_one(plain):
    guarded_pattern, plain_pattern = regex.compile(guarded(plain)), regex.compile(plain)
    assert guarded_pattern.pattern != plain
    for n in range(1, 5):
        for chars in itertools.product("abcdBeEfghxyz《》", repeat=n):
            text = "".join(chars)
            for pos in range(n):
                m, p = guarded_pattern.match(text, pos), plain_pattern.match(text, pos)
                assert (m and m.span()) == (p and p.span()), (plain, text, pos)


@pytest.mark.parametrize("pattern, chars", [
    ("(?:注|备注|说明)[:]", "备注说"),
    ("(?<!不)一?(?:是|要)", "一是要"),  # past a lookbehind and a character that may be left out
    ("[(（]x|(?:(?:严格)|(?:加强))", "(严加（"),
    ("(?:[|｜][ \t]*)?[▲△]", "|▲△｜"),  # a bar of either width, which may be left out, or what follows it
    ("^(?:甲|[&~])", "&~甲"),  # past the start's anchor
    ("\\A甲", "甲"),
    ("[甲||乙]", None),  # a set operation (version 1)
    ("一?", None),  # a match that may be empty
    ("(?i:ab)", None),  # read in any case
    ("[a-c]x", None),
    ("\\dx", None),
])
def test_opening_chars(pattern, chars):
    assert opening_chars(regex.compile(pattern)) == chars
