# rule: tutorial equivalent (seed 001, sync_fetch): blocking requests.get calls run one after another; the total is the sum of latencies
# record-env: PYTHONPATH=standins LOOPLAB_NETWORK_TABLE=009_sync_fetch_requests.network.json
# looplab: --network 009_sync_fetch_requests.network.json
import requests
import time

sites = [
    "https://www.python.example",
    "https://www.search.example",
    "https://www.code.example",
    "https://www.software.example",
    "https://www.fruit.example",
]


def fetch_one(site):
    print(f"Requesting {site}...")
    reply = requests.get(site)
    print(f"Got {site} ({reply.status_code})")


started = time.time()

for site in sites:
    fetch_one(site)

elapsed = time.time() - started
print(f"Sequential fetching took {elapsed:.1f} seconds.")
