# One image for the api and the worker; the command picks the role.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN node scripts/ensure-build.js
ENV NODE_ENV=production
CMD ["node", "dist/apps/api/src/main.js"]
