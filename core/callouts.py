"""Numbered markers for the top areas of a briefing map, placed so that they never overlap.

Each marker is a circle of diameter ``size`` (mm on paper). It goes on its area's inner point
when that spot is free; else on the nearest free spot around it, tried ring by ring (nearest
first, 16 directions a ring, starting up and to the right), and the map draws a leader line
back to the area. Free means: inside the map frame, clear of the markers already placed and
of the frame's obstacles (north arrow, scale bar), and not on another top area's point, so
that area's fill stays visible. Markers are placed in rank order, so number 1 sits on its
area whenever it can. The same page always gives the same placement.

Positions are millimetres on the map frame: x to the right, y down, (0, 0) its top left.
"""

from __future__ import annotations

import math
from typing import Sequence, Tuple

import numpy as np

Rectangle = Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax

DIRECTIONS = 16
START_ANGLE = math.radians(45.0)  # up and to the right first (y points down)


def place_markers(anchors, size: float, frame: Tuple[float, float],
                  obstacles: Sequence[Rectangle] = (), gap: float = 0.6) -> np.ndarray:
    """Centres (n x 2, mm) of the markers of ``anchors`` (n x 2, mm, in rank order).

    ``frame`` is the map frame's (width, height); ``gap`` the white space kept between two
    markers and between a marker and an obstacle or the frame's edge.

    >>> place_markers([[10, 10], [10.5, 10]], 5, (100, 80)).round(1).tolist()
    [[10.0, 10.0], [15.8, 4.7]]
    """
    anchors = np.asarray(anchors, dtype=float).reshape(-1, 2)
    placer = _Placer(anchors, float(size), frame, obstacles, float(gap))
    return np.array([placer.place(i) for i in range(len(anchors))]).reshape(-1, 2)


def moved(anchors, centres, size: float) -> np.ndarray:
    """Whether each marker left its area's point (then the map draws a leader line)."""
    distance = np.hypot(*(np.asarray(centres, float) - np.asarray(anchors, float)).T)
    return distance > 0.3 * size


class _Placer:
    def __init__(self, anchors, size, frame, obstacles, gap):
        self.anchors = anchors
        self.size = size
        self.width, self.height = frame
        self.obstacles = list(obstacles)
        self.gap = gap
        self.placed = []

    def place(self, index):
        start = self._inside(self.anchors[index])
        for avoid_anchors in (True, False):
            for candidate in self._candidates(start):
                # On its own area a marker may cover a neighbour's point; moved out, not.
                if self._free(candidate, index, avoid_anchors and candidate is not start):
                    self.placed.append(candidate)
                    return candidate
        # The frame is full (dozens of markers on a small map): overlap as little as can be.
        self.placed.append(start)
        return start

    def _inside(self, point):
        """The point moved into the frame, a marker's radius from its edge."""
        margin = self.size / 2 + self.gap
        return (min(max(point[0], margin), self.width - margin),
                min(max(point[1], margin), self.height - margin))

    def _candidates(self, start):
        yield start
        step = 0.5 * self.size
        longest = math.hypot(self.width, self.height)
        ring = 2
        while ring * step <= longest:
            radius = ring * step
            for k in range(DIRECTIONS):
                angle = START_ANGLE + 2 * math.pi * k / DIRECTIONS
                yield (start[0] + radius * math.cos(angle), start[1] - radius * math.sin(angle))
            ring += 1

    def _free(self, point, index, avoid_anchors):
        x, y = point
        radius = self.size / 2
        margin = radius + self.gap
        if not (margin <= x <= self.width - margin and margin <= y <= self.height - margin):
            return False
        if any(math.hypot(x - px, y - py) < self.size + self.gap for px, py in self.placed):
            return False
        if any(_distance_to_rectangle(x, y, r) < margin for r in self.obstacles):
            return False
        if avoid_anchors:
            others = np.delete(self.anchors, index, axis=0)
            if others.size and np.min(np.hypot(others[:, 0] - x, others[:, 1] - y)) < radius:
                return False
        return True


def _distance_to_rectangle(x, y, rectangle: Rectangle) -> float:
    xmin, ymin, xmax, ymax = rectangle
    dx = max(xmin - x, 0.0, x - xmax)
    dy = max(ymin - y, 0.0, y - ymax)
    return math.hypot(dx, dy)
