"""The socketio channel shares its messages through Redis when Redis is configured."""

import socketio

from channels.socketio import SafeSocketIOInput, redis_manager


def test_no_redis_no_shared_manager():
    assert redis_manager({}) is None
    channel = SafeSocketIOInput()
    channel.blueprint(lambda message: None)
    assert type(channel.sio.manager) is socketio.AsyncManager


def test_redis_settings_are_the_lock_stores(monkeypatch):
    env = {"REDIS_HOST": "redis.internal", "REDIS_PORT": "6380", "REDIS_PASSWORD": "s3cret"}
    manager = redis_manager(env)
    assert manager.redis_url == "redis://redis.internal:6380"
    assert manager.redis_options == {"password": "s3cret"}
    assert manager.channel == "midback-socketio"
    assert redis_manager({**env, "REDIS_KEY_PREFIX": "other"}).channel == "other-socketio"
    assert redis_manager({"REDIS_HOST": "localhost"}).redis_options == {}

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    channel = SafeSocketIOInput()
    channel.blueprint(lambda message: None)
    assert isinstance(channel.sio.manager, socketio.AsyncRedisManager)
    assert channel.sio.manager.server is channel.sio
