from fastapi import APIRouter, HTTPException

from app.models.todo import Todo, TodoCreate

router = APIRouter(prefix="/todos", tags=["todos"])
_todos: dict[int, Todo] = {}


@router.get("/")
def list_todos() -> list[Todo]:
    return list(_todos.values())


@router.post("/", status_code=201)
def create_todo(payload: TodoCreate) -> Todo:
    todo = Todo(id=len(_todos) + 1, **payload.model_dump())
    _todos[todo.id] = todo
    return todo


@router.get("/{todo_id}")
def get_todo(todo_id: int) -> Todo:
    if todo_id not in _todos:
        raise HTTPException(status_code=404, detail="Todo not found")
    return _todos[todo_id]
