# The web chat page for Kubernetes: nginx with the page's static folder in it
# (docker-compose.yml mounts the same folder instead). Its configuration comes
# from the ConfigMap deploy/kustomization.yaml makes of deploy/nginx.conf.template.
#   make web && docker build -f deploy/web.Dockerfile -t midback-triage-web .
FROM nginx:1.27
COPY build/web /usr/share/nginx/html
