"""Atomic writes: complete or absent, and never over something that is not a regular file."""

from __future__ import annotations

import os

import pytest

from collections_desktop.atomic import atomic_write_bytes


def test_a_file_is_replaced_whole(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_directory_or_a_pipe_is_never_replaced(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target in (folder, pipe):
        with pytest.raises(OSError, match="not a regular file"):
            atomic_write_bytes(target, b"x")
    assert folder.is_dir() and not pipe.is_file() and pipe.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]


def test_the_null_device_stays_a_device():
    """Writing an export to /dev/null (to see a command's message) must not put a file in its place."""
    with pytest.raises(OSError, match="not a regular file"):
        atomic_write_bytes(os.devnull, b"x")
    assert not os.path.isfile(os.devnull)
