from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_create_and_list() -> None:
    created = client.post("/todos/", json={"title": "write docs"})
    assert created.status_code == 201
    assert client.get("/todos/").json() == [created.json()]
