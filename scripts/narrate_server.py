"""`narrate serve` for the scripts and the browser tests: started on a free loopback port with
its own data folder, stopped at the end; and an article posted and waited for."""
import contextlib
import json
import subprocess
import time
import urllib.request


@contextlib.contextmanager
def narrate_server(narrate, data, jobs=2):
    """Yields (base URL, process) of `narrate serve --port 0 --data DATA`; stops it after."""
    server = subprocess.Popen([narrate, 'serve', '--port', '0', '--data', str(data), '--jobs', str(jobs), '-q'],
                              stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().strip().rsplit(':', 1)[1])
        yield f'http://127.0.0.1:{port}', server
    finally:
        server.terminate()
        server.wait(timeout=30)


def post_article(base, text, voice, content_type='text/plain', wait_seconds=120):
    """Posts an article, waits until its narration is done, and returns its id."""
    request = urllib.request.Request(f'{base}/api/narrations?voice={voice}', data=text.encode(),
                                     headers={'Content-Type': content_type})
    with urllib.request.urlopen(request) as response:
        narration = json.loads(response.read())['id']
    deadline = time.time() + wait_seconds
    while time.time() < deadline:
        with urllib.request.urlopen(f'{base}/api/narrations/{narration}') as response:
            if json.loads(response.read())['state'] == 'done':
                break
        time.sleep(0.2)
    return narration
