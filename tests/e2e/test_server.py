"""The running server: health endpoint for load balancers."""
import urllib.request


def test_health_endpoint(server):
    with urllib.request.urlopen(f"{server}/_stcore/health", timeout=5) as r:
        assert r.status == 200 and r.read().decode().strip() == "ok"
