// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT DIRECTLY.             *
// * Edit src/schema/openapi.yaml, then run `yarn generate`.        *
// ******************************************************************

/**
 * The OpenAPI spec of the releases API, from src/schema/openapi.yaml.
 *
 * @internal
 */
export const spec = {
  "openapi": "3.0.3",
  "info": {
    "title": "releases",
    "version": "1",
    "description": "Stagegate release management. Every route except /health needs Backstage credentials. Times are ISO 8601 in UTC. Errors are Backstage JSON error bodies.",
    "license": {
      "name": "Apache-2.0",
      "url": "http://www.apache.org/licenses/LICENSE-2.0.html"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "description": "Liveness of the releases backend. Needs no credentials.",
        "security": [],
        "responses": {
          "200": {
            "description": "The backend is up.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string",
                      "enum": [
                        "ok"
                      ]
                    }
                  },
                  "required": [
                    "status"
                  ],
                  "additionalProperties": false
                }
              }
            }
          }
        }
      }
    },
    "/releases": {
      "get": {
        "operationId": "ListReleases",
        "description": "Releases, newest first, one page at a time.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "description": "Only releases that touch this CI.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only releases in one of these statuses.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ReleaseStatus"
              }
            }
          },
          {
            "name": "pending",
            "in": "query",
            "description": "true for releases not yet deployed or abandoned, false for the others.",
            "schema": {
              "type": "string",
              "enum": [
                "true",
                "false"
              ]
            }
          },
          {
            "name": "from",
            "in": "query",
            "description": "Only releases with a slot ending after this time.",
            "schema": {
              "type": "string",
              "description": "ISO 8601 date-time."
            }
          },
          {
            "name": "to",
            "in": "query",
            "description": "Only releases with a slot starting before this time.",
            "schema": {
              "type": "string",
              "description": "ISO 8601 date-time."
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "Page size, 1 to 200 (default 25).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "description": "The nextCursor of the previous page.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of releases.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleasePage"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    }
  },
  "components": {
    "responses": {
      "ErrorResponse": {
        "description": "A Backstage error body.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "securitySchemes": {
      "JWT": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT"
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "name",
              "message"
            ]
          },
          "request": {
            "type": "object",
            "properties": {
              "method": {
                "type": "string"
              },
              "url": {
                "type": "string"
              }
            }
          },
          "response": {
            "type": "object",
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            }
          }
        },
        "required": [
          "error"
        ]
      },
      "ReleaseStatus": {
        "type": "string",
        "enum": [
          "planning",
          "build",
          "test",
          "readiness",
          "approved",
          "deploying",
          "deployed",
          "review",
          "closed",
          "on_hold",
          "cancelled",
          "failed",
          "backed_out"
        ]
      },
      "ScheduleSlot": {
        "type": "object",
        "properties": {
          "environment": {
            "type": "string"
          },
          "start": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "end": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "actualStart": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "actualEnd": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "status": {
            "type": "string",
            "enum": [
              "planned",
              "in_progress",
              "done",
              "failed",
              "backed_out"
            ]
          }
        },
        "required": [
          "environment",
          "start",
          "end",
          "status"
        ],
        "additionalProperties": false
      },
      "Release": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string",
            "description": "Human key, for example REL-2026-0042."
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "unitType": {
            "type": "string",
            "enum": [
              "delta",
              "full",
              "package"
            ]
          },
          "category": {
            "type": "string",
            "enum": [
              "scheduled",
              "unscheduled",
              "emergency"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "version": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "description": "The CIs of the release; the first one is primary.",
            "items": {
              "type": "string"
            }
          },
          "parentId": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "rfc": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "url": {
                "type": "string"
              }
            },
            "required": [
              "id"
            ],
            "additionalProperties": false
          },
          "schedule": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScheduleSlot"
            }
          },
          "revision": {
            "type": "integer"
          },
          "createdAt": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "updatedAt": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "createdBy": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "key",
          "title",
          "description",
          "unitType",
          "category",
          "status",
          "entityRefs",
          "schedule",
          "revision",
          "createdAt",
          "updatedAt",
          "createdBy"
        ],
        "additionalProperties": false
      },
      "ReleasePage": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Release"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        },
        "required": [
          "items"
        ],
        "additionalProperties": false
      }
    }
  },
  "security": [
    {},
    {
      "JWT": []
    }
  ]
} as const;
