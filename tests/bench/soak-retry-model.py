#!/usr/bin/env python3
"""Monte Carlo model of soak-dps.sh's registrations under resend policies (docs/soak.md).

Each device makes three requests one after the other (PUT, one "assigning" poll, the final GET) with a
1 s poll wait between them. A request fails 36 % of the time as the client sees it: 20 % 429 (Retry-After
1 s), else 20 % 503 (no Retry-After: 1 s * 2^(n-1) backoff, capped, plus up to 50 % jitter); the emulator's
2 % drops are resent by Qt itself and left out. Every attempt takes the emulator's 200 ms. The registration
has the product's 120 s deadline. Prints the expected number of failing devices per 2,000.
usage: tests/bench/soak-retry-model.py [DEVICES_PER_POLICY=1000000]
"""
import random
import sys

P429, P503, LATENCY, POLL, DEADLINE = 0.2, 0.8 * 0.2, 0.2, 1.0, 120.0


def delay(retry, cause, cap):
    if cause == 429:
        return 1.0
    base = min(2.0 ** min(retry - 1, 30), cap)
    return base + random.random() * base / 2


def registered(until_deadline, max_resends, cap):
    t = 0.0
    for request in range(3):
        if request:
            t += POLL
        resends = 0
        while True:
            t += LATENCY
            if t > DEADLINE:
                return False
            r = random.random()
            cause = 429 if r < P429 else 503 if r < P429 + P503 else 0
            if not cause:
                break
            resends += 1
            wait = delay(resends, cause, cap)
            if not until_deadline and resends > max_resends:
                return False
            if until_deadline and t + wait >= DEADLINE:
                return False
            t += wait
    return True


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    policies = [
        ("5 resends per request, cap 60 s (today)", False, 5, 60.0),
        ("10 resends per request, cap 60 s", False, 10, 60.0),
        ("until the deadline, cap 60 s", True, 0, 60.0),
        ("until the deadline, cap 30 s", True, 0, 30.0),
        ("until the deadline, cap 15 s", True, 0, 15.0),
        ("until the deadline, cap 10 s", True, 0, 10.0),
    ]
    for name, until_deadline, max_resends, cap in policies:
        random.seed(1)
        failed = sum(not registered(until_deadline, max_resends, cap) for _ in range(n))
        print(f"{name:42s}: {failed:6d} of {n} fail = {failed / n * 2000:7.3f} per 2,000 devices")


if __name__ == "__main__":
    main()
