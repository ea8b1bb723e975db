"""Reference learning-rate schedules for LAB4-SCHEDULES and LRF-SCHED, evaluated once in Python (CPython's
math module, the notebooks' language) from the formulas the lab and the LRF notebook state, independently of the
Java schedules they check. Regenerate with: python3 src/test/resources/reference/schedules.py > src/test/resources/reference/schedules.json
"""
import json
import math

ETA, STEPS = 0.1, 300


def exponential(t):  # exponential annealing: eta * gamma^t
    return ETA * 0.99 ** t


def cosine(t, eta_min=0.001, period=200):  # cosine annealing over T steps, then eta_min
    return eta_min if t >= period else eta_min + (ETA - eta_min) * (1 + math.cos(math.pi * t / period)) / 2


def triangular(t, warm=50, total=250):  # linear warm-up u*eta/U, then linear annealing to 0 at T
    u = t + 1
    return u * ETA / warm if u <= warm else (0.0 if u >= total else ETA * (total - u) / (total - warm))


def warm_up(t, warm=50):  # the lab: at iteration u in 1..U the lr is u*eta/U, then eta
    u = t + 1
    return ETA if u >= warm else u * ETA / warm


def restarts(t, eta_min=0.001, period=100, decay=0.5):  # cosine cycles whose peak decays by `decay` per restart
    peak = ETA * decay ** (t // period)
    return eta_min + (peak - eta_min) * (1 + math.cos(math.pi * (t % period) / period)) / 2


def finder(lr0, k, n):  # LRF's FindLearningRateScheduler: lr0 * 10^(it/k)
    return [lr0 * 10 ** (it / k) for it in range(n)]


print(json.dumps({
    "source": "src/test/resources/reference/schedules.py (CPython " + __import__("sys").version.split()[0] + ")",
    "exponential": [exponential(t) for t in range(STEPS)],
    "cosine": [cosine(t) for t in range(STEPS)],
    "triangular": [triangular(t) for t in range(STEPS)],
    "linear-warm-up": [warm_up(t) for t in range(STEPS)],
    "cyclical-with-restarts": [restarts(t) for t in range(STEPS)],
    "finder-1e-5-k10": finder(1e-5, 10, 54),
    "finder-1e-6-k8": finder(1e-6, 8, 53),
}, indent=1))
