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
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
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
      },
      "post": {
        "operationId": "CreateRelease",
        "description": "Plans a new release unit in status planning. Needs releases.release.create. The CIs must exist in the catalog and be visible to the caller; the caller becomes its creator.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReleaseInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new release.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}": {
      "get": {
        "operationId": "GetRelease",
        "description": "One release with its working documents and approvals. 404 when it does not exist or the caller may not read it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The release.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateRelease",
        "description": "Changes fields of a release. Needs releases.release.update. `revision` must be the one the change is based on; a stale revision answers 409 and nothing is written. Once a release is approved only its schedule (actual times), known errors, description, PIR and distribution lists can change. Incidents can be recorded once the release is deploying, and still after it is closed, failed or backed out.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/ReleaseInput"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "revision": {
                        "type": "integer"
                      },
                      "pirOutcome": {
                        "$ref": "#/components/schemas/PirOutcome"
                      },
                      "incidents": {
                        "type": "array",
                        "description": "The incidents the release caused, as the whole list: `{ id, url? }` each (url http or https). The server stamps `recordedAt` on new ones and keeps it on those already recorded. Allowed once the release is deploying, and after it is deployed, closed, failed or backed out.",
                        "items": {
                          "type": "object"
                        }
                      }
                    },
                    "required": [
                      "revision"
                    ]
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The changed release.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/transitions": {
      "get": {
        "operationId": "PreviewTransitions",
        "description": "Every status the release could move to next, each with whether the caller may move it there now and, if not, every failing gate in words a person can act on.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The previews.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/TransitionPreview"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "TransitionRelease",
        "description": "Moves a release to another status. Refused with 409 naming every failing gate. Moving a package to backed_out backs out every child that was deployed with it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "to": {
                    "$ref": "#/components/schemas/ReleaseStatus"
                  },
                  "reason": {
                    "type": "string"
                  },
                  "revision": {
                    "type": "integer"
                  },
                  "backoutOutcome": {
                    "type": "string",
                    "description": "Only with `to: backed_out`: `succeeded` or `failed`, how the backout ended. Counted by the failedBackouts KPI; a package's children share it."
                  }
                },
                "required": [
                  "to"
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release in its new status.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/approvals": {
      "post": {
        "operationId": "DecideRelease",
        "description": "Records a gate decision. Needs releases.release.approve; the reviewer must be neither the release owner nor its creator (segregation of duties). A reject needs a comment.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "gate": {
                    "type": "string",
                    "enum": [
                      "trr",
                      "rrr",
                      "cab",
                      "ecab"
                    ]
                  },
                  "decision": {
                    "type": "string",
                    "enum": [
                      "approve",
                      "reject"
                    ]
                  },
                  "comment": {
                    "type": "string"
                  }
                },
                "required": [
                  "gate",
                  "decision"
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release with the decision recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/test-results": {
      "post": {
        "operationId": "RecordTestResults",
        "description": "Records test results; the latest result per test name and environment counts. Results for the production environment are the post-implementation tests.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "results": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "environment": {
                          "type": "string"
                        },
                        "passed": {
                          "type": "boolean"
                        }
                      }
                    }
                  },
                  "revision": {
                    "type": "integer"
                  }
                },
                "required": [
                  "results"
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release with the results recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/history": {
      "get": {
        "operationId": "GetReleaseHistory",
        "description": "The append-only history of a release, oldest first; one entry per accepted change.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The history.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/HistoryEntry"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes": {
      "get": {
        "operationId": "ListChanges",
        "description": "Changes that are not releases, overlapping [from, to), by start time, one page at a time.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "environment",
            "in": "query",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "from",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "to",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of changes.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Change"
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
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateChange",
        "description": "Records a change that is not a release, such as infrastructure work. Needs releases.release.create; its CIs must be visible to the caller.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": "string"
                  },
                  "entityRefs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "environment": {
                    "type": "string"
                  },
                  "start": {
                    "type": "string"
                  },
                  "end": {
                    "type": "string"
                  },
                  "category": {
                    "type": "string"
                  },
                  "owner": {
                    "type": "string"
                  },
                  "rfc": {
                    "type": "object"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/gate": {
      "get": {
        "operationId": "GetGate",
        "description": "The deployment gate for CI/CD: may this CI deploy to this environment now? `allowed` when an approved release carrying the version has a slot there at that moment and no change window stops it, `awaiting` while a release is still on its way through the gates (or a window needs an override), `prevented` otherwise. Callable with a user, service or external-access token. Each reason is a sentence a pipeline log can print.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "environment",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "at",
            "in": "query",
            "description": "ISO 8601; defaults to now.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "version",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The decision.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "decision": {
                      "type": "string",
                      "enum": [
                        "allowed",
                        "awaiting",
                        "prevented"
                      ]
                    },
                    "reasons": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "releaseId": {
                      "type": "string"
                    },
                    "releaseKey": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "decision",
                    "reasons"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/deployments": {
      "post": {
        "operationId": "ReportDeployment",
        "description": "CI/CD reports a deployment. It is matched to the approved release that covers it, whose slot then gets its actual start or end; a deployment no approved release covers is recorded as an unauthorized implementation.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "entityRef": {
                    "type": "string"
                  },
                  "environment": {
                    "type": "string"
                  },
                  "version": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "description": "started, succeeded or failed."
                  },
                  "at": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The recorded deployment and, when matched, the release.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "deployment": {
                      "$ref": "#/components/schemas/Deployment"
                    },
                    "release": {
                      "$ref": "#/components/schemas/Release"
                    }
                  },
                  "required": [
                    "deployment"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/windows": {
      "get": {
        "operationId": "ListWindows",
        "description": "Change windows: those from the catalog (read-only here; change them in catalog YAML), then those created through the API.",
        "responses": {
          "200": {
            "description": "The windows.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ScheduleWindow"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateWindow",
        "description": "Creates an ad-hoc change window, such as a freeze. Needs releases.window.manage. The spec is a ChangeWindow spec, checked with the same rules as the catalog's; a 400 names every bad field.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WindowInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The window.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScheduleWindow"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/windows/{id}": {
      "patch": {
        "operationId": "UpdateWindow",
        "description": "Changes an API window, based on its revision (409 when stale). Catalog windows answer 403.",
        "parameters": [
          {
            "$ref": "#/components/parameters/windowId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "allOf": [
                  {
                    "$ref": "#/components/schemas/WindowInput"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "revision": {
                        "type": "integer"
                      }
                    },
                    "required": [
                      "revision"
                    ]
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The changed window.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScheduleWindow"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "delete": {
        "operationId": "DeleteWindow",
        "description": "Deletes an API window. Needs releases.window.manage.",
        "parameters": [
          {
            "$ref": "#/components/parameters/windowId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/conflicts/check": {
      "post": {
        "operationId": "CheckConflicts",
        "description": "A dry run: the conflicts a slot would have against the forward schedule of changes and the change windows (catalog and API), as in the design's conflict detection table. Nothing is saved. With excludeReleaseId, that release's own slots are not in the way.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "entityRefs": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "environment": {
                    "type": "string"
                  },
                  "start": {
                    "type": "string"
                  },
                  "end": {
                    "type": "string"
                  },
                  "category": {
                    "type": "string"
                  },
                  "owner": {
                    "type": "string"
                  },
                  "excludeReleaseId": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Every conflict of the slot; empty when it has none.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "conflicts": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Conflict"
                      }
                    }
                  },
                  "required": [
                    "conflicts"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/slots": {
      "get": {
        "operationId": "SuggestSlots",
        "description": "The next conflict-free slots of a duration for some CIs in one environment, within 90 days after `after` (default now), respecting windows, related CIs and environments.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": true,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "environment",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "duration",
            "in": "query",
            "required": true,
            "description": "ISO 8601 duration, such as PT2H.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "after",
            "in": "query",
            "description": "ISO 8601; defaults to now.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "count",
            "in": "query",
            "description": "How many slots, 1 to 50 (default 5).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 50
            }
          },
          {
            "name": "category",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "owner",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "excludeReleaseId",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The slots, in order.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Interval"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/conflict-overrides": {
      "post": {
        "operationId": "OverrideConflicts",
        "description": "Records an override of some of the release's blocking conflicts, by id, with a reason. Needs releases.conflict.override. A conflict that is not among the release's current ones is refused, naming it; a stale revision gets 409.",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "conflictIds": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "reason": {
                    "type": "string"
                  },
                  "revision": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release with the override recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar": {
      "get": {
        "operationId": "GetCalendar",
        "description": "The master release calendar for [from, to) (default 7 days back to 35 ahead, at most 400 days): release slots the caller may read, changes, change window occurrences (catalog and API), and the conflicts among them. Values of one filter are alternatives; different filters must all hold.",
        "parameters": [
          {
            "$ref": "#/components/parameters/calendarFrom"
          },
          {
            "$ref": "#/components/parameters/calendarTo"
          },
          {
            "$ref": "#/components/parameters/calendarEntityRef"
          },
          {
            "$ref": "#/components/parameters/calendarSystem"
          },
          {
            "$ref": "#/components/parameters/calendarOwner"
          },
          {
            "$ref": "#/components/parameters/calendarEnvironment"
          },
          {
            "$ref": "#/components/parameters/calendarCategory"
          },
          {
            "$ref": "#/components/parameters/calendarStatus"
          },
          {
            "$ref": "#/components/parameters/calendarKind"
          },
          {
            "$ref": "#/components/parameters/calendarConflictsOnly"
          }
        ],
        "responses": {
          "200": {
            "description": "The events and conflicts of the period.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Calendar"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar.ics": {
      "get": {
        "operationId": "GetCalendarFeed",
        "description": "The calendar as an iCalendar (RFC 5545) feed, with the same filters; UIDs are stable per event. Calendar clients that cannot send a Backstage token pass a feed token (POST /feed-tokens) as `token`; the feed then shows what that token's owner could read when the token was made.",
        "security": [
          {},
          {
            "JWT": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/calendarFrom"
          },
          {
            "$ref": "#/components/parameters/calendarTo"
          },
          {
            "$ref": "#/components/parameters/calendarEntityRef"
          },
          {
            "$ref": "#/components/parameters/calendarSystem"
          },
          {
            "$ref": "#/components/parameters/calendarOwner"
          },
          {
            "$ref": "#/components/parameters/calendarEnvironment"
          },
          {
            "$ref": "#/components/parameters/calendarCategory"
          },
          {
            "$ref": "#/components/parameters/calendarStatus"
          },
          {
            "$ref": "#/components/parameters/calendarKind"
          },
          {
            "$ref": "#/components/parameters/calendarConflictsOnly"
          },
          {
            "name": "tz",
            "in": "query",
            "description": "The IANA zone release and change times are written in; default UTC.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "token",
            "in": "query",
            "description": "A feed token, for calendar clients.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "An iCalendar feed.",
            "content": {
              "text/calendar": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/kpis": {
      "get": {
        "operationId": "GetKpis",
        "description": "The process KPIs of [from, to) (default the 90 days before now, at most 731 days), in total, per ISO week (Monday 00:00) and per calendar month of the zone `tz` (default UTC), the first and last bucket clipped to the period. Every figure is counted in the database over the releases the caller may read that match the filters; see KpiFigures for each definition. `format=csv` answers the same as a CSV download. A bad `from`, `to`, `system`, `owner`, `category`, `tz` or `format` is a 400 naming it.",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "description": "Start of the period (inclusive), ISO 8601 with an offset; default 90 days before `to`.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "to",
            "in": "query",
            "description": "End of the period (exclusive), ISO 8601 with an offset; default now.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "system",
            "in": "query",
            "description": "A system entity ref, such as system:default/payments: only releases with a CI of that system in the catalog, and deployments of its CIs.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "owner",
            "in": "query",
            "description": "An owner entity ref: only releases with that owner, and deployments of CIs the catalog says it owns.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "category",
            "in": "query",
            "description": "scheduled, unscheduled or emergency: only releases of that category. Deployments no release covered have no category, so none is counted with this filter.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "tz",
            "in": "query",
            "description": "The IANA zone whose weeks and months the figures are counted in, such as Australia/Sydney; default UTC. Buckets still come as UTC instants.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "format",
            "in": "query",
            "description": "json (default) or csv. The CSV has a row per scope (total, week, month) with start, end, timeZone and every figure, then a row per time-to-implement breakdown (scope timeToImplement), and is sent as an attachment named stagegate-kpis-<from>-<to>.csv.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The KPI report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KpiReport"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/feed-tokens": {
      "get": {
        "operationId": "ListFeedTokens",
        "description": "The caller's calendar feed tokens, without their secrets.",
        "responses": {
          "200": {
            "description": "The tokens, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/FeedToken"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateFeedToken",
        "description": "Makes a calendar feed token for the calling user. The secret is in this answer only. The token carries the read access the user has now; make a new one after that changes.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The token, with its secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedFeedToken"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/feed-tokens/{tokenId}": {
      "delete": {
        "operationId": "RevokeFeedToken",
        "description": "Revokes one of the caller's feed tokens; feeds using it answer 401 from then on.",
        "parameters": [
          {
            "name": "tokenId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/notes": {
      "get": {
        "operationId": "GetReleaseNotes",
        "description": "The release notes of a release as Markdown, generated from the release as it is now: title, key, version, unit type and category, CIs, the production slot and every slot, the contents (VDD) with versions, known errors, a summary of the backout plan, the RFC (linked only when its url is http or https) and the decisions at the gates. Text people typed is escaped, so it shows as typed. Same permission as GET /releases/{id}: 404 when the release does not exist or the caller may not read it. Notifications about an approved, deploying or deployed release link to these notes on the release's Releases tab (`...releases?release={id}&view=notes`).",
        "parameters": [
          {
            "$ref": "#/components/parameters/releaseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The notes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleaseNotes"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/distribution-lists": {
      "get": {
        "operationId": "ListDistributionLists",
        "description": "The configured distribution lists (releases.notifications.distributionLists), in the order configured, that a release can choose in its distributionLists field and a System in its stagegate.dev/distribution-lists annotation.",
        "responses": {
          "200": {
            "description": "The lists.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/DistributionList"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/watches": {
      "get": {
        "operationId": "ListWatches",
        "description": "The calling user's watches, oldest first. A user who watches a CI or a system gets the notifications of every release of it (for a system, of its CIs). Users only; a service token gets 403.",
        "responses": {
          "200": {
            "description": "The caller's watches.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Watch"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "put": {
        "operationId": "StartWatch",
        "description": "Starts watching a CI or a system. Idempotent: watching it again answers the watch that exists, with its first time. A targetRef that is not an entity ref is a 400 naming targetRef; one that is not a CI or a system the caller can see in the catalog is a 404. The watch is stored under the catalog's spelling of the ref.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "targetRef": {
                    "type": "string",
                    "description": "Entity ref of a CI or a system, such as system:default/payments."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The watch.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Watch"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "delete": {
        "operationId": "StopWatch",
        "description": "Stops watching a CI or a system (the ref compared without regard to case). Idempotent: 204 whether or not the caller watched it. A malformed targetRef is a 400 naming it.",
        "parameters": [
          {
            "name": "targetRef",
            "in": "query",
            "required": false,
            "description": "The watched entity ref, URL-encoded, such as system%3Adefault%2Fpayments.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Not watched any more."
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/cis": {
      "get": {
        "operationId": "ListCis",
        "description": "Configuration items the caller may see in the catalog, ordered by entity ref, one page at a time. Each filter may be repeated; a CI matches when it matches any value of each filter.",
        "parameters": [
          {
            "name": "kind",
            "in": "query",
            "description": "Entity kinds, compared without regard to case.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "system",
            "in": "query",
            "description": "Systems, by entity ref or name.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "owner",
            "in": "query",
            "description": "Owners, by entity ref or group name.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "class",
            "in": "query",
            "description": "CI classes.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/CiClass"
              }
            }
          },
          {
            "name": "criticality",
            "in": "query",
            "description": "Criticalities.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/Criticality"
              }
            }
          },
          {
            "name": "q",
            "in": "query",
            "description": "Text found in the title, entity ref or CI id.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of CIs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CiPage"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/cis/{kind}/{namespace}/{name}": {
      "get": {
        "operationId": "GetCi",
        "description": "One CI with its attributes, its direct relations (only those the caller may see) and the change windows that apply to it, each with its current and next occurrence.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The CI.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CiDetail"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/cis/{kind}/{namespace}/{name}/related": {
      "get": {
        "operationId": "GetRelatedCis",
        "description": "The CIs within `depth` relations of a CI, in either direction, nearest first; what a related-CI conflict check looks at. Only CIs the caller may see are listed.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "depth",
            "in": "query",
            "description": "How many relations to follow, 1 to 5; defaults to releases.conflicts.relatedDepth.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 5
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The related CIs.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/RelatedCi"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ],
                  "additionalProperties": false
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
    "parameters": {
      "windowId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The id of an API window.",
        "schema": {
          "type": "string"
        }
      },
      "releaseId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The id of the release.",
        "schema": {
          "type": "string"
        }
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "description": "Page size, 1 to 200 (default 25).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 200
        }
      },
      "cursor": {
        "name": "cursor",
        "in": "query",
        "description": "The nextCursor of the previous page.",
        "schema": {
          "type": "string"
        }
      },
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "description": "The entity kind, such as component.",
        "schema": {
          "type": "string"
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "description": "The entity namespace, such as default.",
        "schema": {
          "type": "string"
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "The entity name.",
        "schema": {
          "type": "string"
        }
      },
      "calendarFrom": {
        "name": "from",
        "in": "query",
        "description": "ISO 8601 start of the period.",
        "schema": {
          "type": "string"
        }
      },
      "calendarTo": {
        "name": "to",
        "in": "query",
        "description": "ISO 8601 end of the period (exclusive).",
        "schema": {
          "type": "string"
        }
      },
      "calendarEntityRef": {
        "name": "entityRef",
        "in": "query",
        "description": "Only events of these CIs (and the windows that apply to them).",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "calendarSystem": {
        "name": "system",
        "in": "query",
        "description": "Only events of CIs in these systems (entity refs).",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "calendarOwner": {
        "name": "owner",
        "in": "query",
        "description": "Only releases and changes of these owners.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "calendarEnvironment": {
        "name": "environment",
        "in": "query",
        "description": "Only events in these environments.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "calendarCategory": {
        "name": "category",
        "in": "query",
        "description": "scheduled, unscheduled or emergency.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "calendarStatus": {
        "name": "status",
        "in": "query",
        "description": "Release or change statuses.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "calendarKind": {
        "name": "kind",
        "in": "query",
        "description": "release, change or window.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "calendarConflictsOnly": {
        "name": "conflictsOnly",
        "in": "query",
        "description": "true to show only events with conflicts.",
        "schema": {
          "type": "string"
        }
      }
    },
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
      "Interval": {
        "type": "object",
        "description": "A half-open interval [start, end) of ISO 8601 UTC instants.",
        "properties": {
          "start": {
            "type": "string"
          },
          "end": {
            "type": "string"
          }
        },
        "required": [
          "start",
          "end"
        ],
        "additionalProperties": false
      },
      "Conflict": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "ci-overlap",
              "related-ci-overlap",
              "blackout-window",
              "outside-maintenance-window",
              "owner-overlap"
            ]
          },
          "severity": {
            "type": "string",
            "enum": [
              "low",
              "medium",
              "high",
              "critical"
            ]
          },
          "enforcement": {
            "type": "string",
            "enum": [
              "warn",
              "approval",
              "block"
            ]
          },
          "itemId": {
            "type": "string"
          },
          "other": {
            "type": "object",
            "properties": {
              "kind": {
                "type": "string",
                "enum": [
                  "release",
                  "change",
                  "window"
                ]
              },
              "id": {
                "type": "string"
              },
              "title": {
                "type": "string"
              }
            },
            "required": [
              "kind",
              "id",
              "title"
            ],
            "additionalProperties": false
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "environment": {
            "type": "string"
          },
          "interval": {
            "$ref": "#/components/schemas/Interval"
          },
          "message": {
            "type": "string"
          },
          "key": {
            "type": "string",
            "description": "On the calendar, unique per conflict, <eventId>#<id>."
          },
          "eventId": {
            "type": "string",
            "description": "On the calendar, the event that has the conflict."
          },
          "otherEventId": {
            "type": "string",
            "description": "On the calendar, the other party's event, when it is shown."
          }
        },
        "required": [
          "id",
          "type",
          "severity",
          "enforcement",
          "itemId",
          "other",
          "entityRefs",
          "environment",
          "interval",
          "message"
        ],
        "additionalProperties": false
      },
      "ConflictOverride": {
        "type": "object",
        "properties": {
          "by": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "at": {
            "type": "string"
          },
          "conflictIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "by",
          "reason",
          "at",
          "conflictIds"
        ],
        "additionalProperties": false
      },
      "CalendarEvent": {
        "type": "object",
        "description": "One event; the interval is half-open [start, end), in UTC.",
        "properties": {
          "id": {
            "type": "string",
            "description": "Stable: release:<id>:<environment>, change:<id>, or window:<window id>:<occurrence start>."
          },
          "kind": {
            "type": "string",
            "enum": [
              "release",
              "change",
              "window"
            ]
          },
          "title": {
            "type": "string"
          },
          "start": {
            "type": "string"
          },
          "end": {
            "type": "string"
          },
          "environment": {
            "type": "string"
          },
          "environments": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "systems": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "owner": {
            "type": "string"
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
          "releaseId": {
            "type": "string"
          },
          "releaseKey": {
            "type": "string"
          },
          "changeId": {
            "type": "string"
          },
          "windowId": {
            "type": "string"
          },
          "windowSource": {
            "type": "string",
            "enum": [
              "catalog",
              "api"
            ]
          },
          "windowType": {
            "type": "string",
            "enum": [
              "blackout",
              "maintenance"
            ]
          },
          "enforcement": {
            "type": "string",
            "enum": [
              "warn",
              "approval",
              "block"
            ]
          },
          "timezone": {
            "type": "string"
          },
          "overdue": {
            "type": "boolean",
            "description": "Only on release events, and only when true: the release is over its current status's time limit (see the release's overdue)."
          },
          "conflictKeys": {
            "type": "array",
            "description": "The keys of the calendar's conflicts this event has or is the other party of.",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "id",
          "kind",
          "title",
          "start",
          "end",
          "entityRefs",
          "systems",
          "conflictKeys"
        ],
        "additionalProperties": false
      },
      "Calendar": {
        "type": "object",
        "properties": {
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CalendarEvent"
            }
          },
          "conflicts": {
            "type": "array",
            "description": "Conflicts among the events, each with eventId (the event that has it) and, when it is on the calendar, otherEventId.",
            "items": {
              "$ref": "#/components/schemas/Conflict"
            }
          },
          "truncated": {
            "type": "boolean"
          }
        },
        "required": [
          "from",
          "to",
          "events",
          "conflicts",
          "truncated"
        ],
        "additionalProperties": false
      },
      "Incident": {
        "type": "object",
        "description": "An incident caused by a release, as recorded against it.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The incident's id in the incident tool."
          },
          "url": {
            "type": "string",
            "description": "A link to it (http or https)."
          },
          "recordedAt": {
            "type": "string",
            "description": "When it was first recorded against the release; the KPI period it counts in."
          }
        },
        "required": [
          "id",
          "recordedAt"
        ],
        "additionalProperties": false
      },
      "KpiFigures": {
        "type": "object",
        "description": "The process KPIs of one period. \"Implemented\" is the base of most figures: a release whose production slot's actualEnd falls in the period and whose status is deployed, review, closed, failed or backed_out (it reached production). Only releases the caller may read and that match the filters are counted.",
        "properties": {
          "implemented": {
            "type": "integer",
            "description": "Releases implemented in the period (see above)."
          },
          "late": {
            "type": "integer",
            "description": "Implemented releases whose production actualEnd is after the production slot's planned end."
          },
          "failed": {
            "type": "integer",
            "description": "Releases that failed: status failed, or a production slot with status failed. Counted when the production slot failed (its actualEnd, else actualStart, else planned start), or else when the release moved to failed in its history."
          },
          "urgent": {
            "type": "integer",
            "description": "Implemented releases of category emergency."
          },
          "withoutRfc": {
            "type": "integer",
            "description": "Implemented releases with no RFC recorded."
          },
          "unauthorizedImplementations": {
            "type": "integer",
            "description": "Deployments to production that POST /deployments recorded as covered by no approved release, with status succeeded or failed (a started report is not counted, as its finish follows), by their time. Filtered by the system and owner of the deployed CI in the catalog; none with a category filter. Not limited by release read access, as they belong to no release."
          },
          "withoutAdequateTesting": {
            "type": "integer",
            "description": "Implemented releases not adequately tested: at their latest approving CAB or ECAB decision there was no test result, or the latest result per test name and environment recorded by then did not all pass. Releases that reached production without such an approval, emergencies that skipped the TRR included, count too."
          },
          "withoutPir": {
            "type": "integer",
            "description": "Implemented releases with status deployed, review or closed and no PIR outcome, once the PIR is due: closed, or their production actualEnd is more than `releases.prompts.pirDueAfter` (default P5D) before now. Failed and backed-out releases end without a PIR and are not counted."
          },
          "incidentsCaused": {
            "type": "integer",
            "description": "Incidents recorded against releases (PATCH /releases/{id} `incidents`), by when each was recorded."
          },
          "majorReleases": {
            "type": "integer",
            "description": "Implemented releases of unit type full or package."
          },
          "minorReleases": {
            "type": "integer",
            "description": "Implemented releases of unit type delta."
          },
          "backedOut": {
            "type": "integer",
            "description": "Implemented releases with status backed_out."
          },
          "backoutPercent": {
            "type": "number",
            "description": "backedOut as a percentage of implemented, to one decimal; 0 when nothing was implemented."
          },
          "failedBackouts": {
            "type": "integer",
            "description": "Backed-out releases (as in backedOut) whose backout outcome was recorded as failed."
          },
          "failedBackoutPercent": {
            "type": "number",
            "description": "failedBackouts as a percentage of backedOut, to one decimal; 0 when nothing was backed out."
          },
          "conflictsCaughtBeforeCab": {
            "type": "integer",
            "description": "Distinct scheduling conflicts (per release and conflict id) first found on a release while its status was planning, build, test or readiness, by when they were first found."
          }
        },
        "required": [
          "implemented",
          "late",
          "failed",
          "urgent",
          "withoutRfc",
          "unauthorizedImplementations",
          "withoutAdequateTesting",
          "withoutPir",
          "incidentsCaused",
          "majorReleases",
          "minorReleases",
          "backedOut",
          "backoutPercent",
          "failedBackouts",
          "failedBackoutPercent",
          "conflictsCaughtBeforeCab"
        ],
        "additionalProperties": false
      },
      "KpiBucket": {
        "type": "object",
        "description": "The figures of one week or month, [start, end) in UTC.",
        "properties": {
          "start": {
            "type": "string"
          },
          "end": {
            "type": "string"
          },
          "figures": {
            "$ref": "#/components/schemas/KpiFigures"
          }
        },
        "required": [
          "start",
          "end",
          "figures"
        ],
        "additionalProperties": false
      },
      "TimeToImplement": {
        "type": "object",
        "description": "End-to-end time to implement (createdAt to production actualEnd), in hours, of the releases implemented in the period with one unit type or category. The hours are null when count is 0.",
        "properties": {
          "dimension": {
            "type": "string",
            "enum": [
              "unitType",
              "category"
            ]
          },
          "value": {
            "type": "string"
          },
          "count": {
            "type": "integer"
          },
          "averageHours": {
            "type": "number",
            "nullable": true
          },
          "bestHours": {
            "type": "number",
            "nullable": true,
            "description": "The shortest time."
          },
          "worstHours": {
            "type": "number",
            "nullable": true,
            "description": "The longest time."
          }
        },
        "required": [
          "dimension",
          "value",
          "count",
          "averageHours",
          "bestHours",
          "worstHours"
        ],
        "additionalProperties": false
      },
      "KpiReport": {
        "type": "object",
        "properties": {
          "period": {
            "type": "object",
            "properties": {
              "from": {
                "type": "string"
              },
              "to": {
                "type": "string"
              }
            },
            "required": [
              "from",
              "to"
            ],
            "additionalProperties": false
          },
          "filters": {
            "type": "object",
            "description": "The filters the report was counted with.",
            "properties": {
              "system": {
                "type": "string"
              },
              "owner": {
                "type": "string"
              },
              "category": {
                "type": "string"
              }
            },
            "additionalProperties": false
          },
          "timeZone": {
            "type": "string",
            "description": "The IANA zone of the weeks and months (the query's tz, else UTC)."
          },
          "totals": {
            "$ref": "#/components/schemas/KpiFigures"
          },
          "weekly": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KpiBucket"
            }
          },
          "monthly": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KpiBucket"
            }
          },
          "timeToImplement": {
            "type": "array",
            "description": "A row per unit type, then per category, each listed even when nothing was implemented.",
            "items": {
              "$ref": "#/components/schemas/TimeToImplement"
            }
          },
          "generatedAt": {
            "type": "string"
          }
        },
        "required": [
          "period",
          "filters",
          "timeZone",
          "totals",
          "weekly",
          "monthly",
          "timeToImplement",
          "generatedAt"
        ],
        "additionalProperties": false
      },
      "ReleaseNotes": {
        "type": "object",
        "properties": {
          "releaseId": {
            "type": "string"
          },
          "markdown": {
            "type": "string",
            "description": "CommonMark (with a GitHub-style table for the contents); every text a person typed is escaped. The same release always gives the same text."
          },
          "generatedAt": {
            "type": "string",
            "description": "ISO 8601; when the notes were generated."
          }
        },
        "required": [
          "releaseId",
          "markdown",
          "generatedAt"
        ],
        "additionalProperties": false
      },
      "DistributionList": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "description": "User and group entity refs, canonical; groups are notified through their members.",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "name",
          "members"
        ],
        "additionalProperties": false
      },
      "Watch": {
        "type": "object",
        "properties": {
          "targetRef": {
            "type": "string",
            "description": "The watched CI or system, such as system:default/payments."
          },
          "createdAt": {
            "type": "string",
            "description": "ISO 8601; when the watch started."
          }
        },
        "required": [
          "targetRef",
          "createdAt"
        ],
        "additionalProperties": false
      },
      "FeedToken": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "lastUsedAt": {
            "type": "string"
          },
          "revokedAt": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name",
          "createdAt"
        ],
        "additionalProperties": false
      },
      "CreatedFeedToken": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "token": {
            "type": "string",
            "description": "The secret, shown once."
          }
        },
        "required": [
          "id",
          "name",
          "createdAt",
          "token"
        ],
        "additionalProperties": false
      },
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
          "contents": {
            "type": "array",
            "description": "The version description document (VDD).",
            "items": {
              "$ref": "#/components/schemas/ContentItem"
            }
          },
          "testPlan": {
            "type": "string"
          },
          "testResults": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TestResult"
            }
          },
          "backoutPlan": {
            "$ref": "#/components/schemas/BackoutPlan"
          },
          "acceptanceCriteria": {
            "type": "string"
          },
          "knownErrors": {
            "type": "string"
          },
          "distributionLists": {
            "type": "array",
            "description": "Names of configured distribution lists (GET /distribution-lists) whose members get this release's notifications, besides its owner, creator, CI owners, the lists its systems name in stagegate.dev/distribution-lists, and the watchers of its CIs and systems.",
            "items": {
              "type": "string"
            }
          },
          "pirOutcome": {
            "$ref": "#/components/schemas/PirOutcome"
          },
          "incidents": {
            "type": "array",
            "description": "Incidents the release caused, oldest first; counted by the incidentsCaused KPI.",
            "items": {
              "$ref": "#/components/schemas/Incident"
            }
          },
          "backoutOutcome": {
            "type": "string",
            "enum": [
              "succeeded",
              "failed"
            ],
            "description": "How the backout ended, when it was recorded on the move to backed_out."
          },
          "approvals": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Approval"
            }
          },
          "conflictOverrides": {
            "type": "array",
            "description": "Overrides of blocking conflicts, each naming the conflicts it overrides, by someone with releases.conflict.override.",
            "items": {
              "$ref": "#/components/schemas/ConflictOverride"
            }
          },
          "conflicts": {
            "type": "array",
            "description": "The release's conflicts: re-checked on read by GET /releases/{id}; in lists, as stored when the release or its schedule last changed (see conflictsCheckedAt). The other party of a release the reader may not see has no title.",
            "items": {
              "$ref": "#/components/schemas/Conflict"
            }
          },
          "conflictsCheckedAt": {
            "type": "string",
            "description": "ISO 8601; when the conflicts were last checked."
          },
          "conflictsUnchecked": {
            "type": "string",
            "description": "Present on a single release read when its conflicts could not be checked again because the catalog is unavailable: why, in words. The conflicts are then those stored at conflictsCheckedAt."
          },
          "heldFrom": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "stageEnteredAt": {
            "type": "string",
            "description": "ISO 8601 UTC; when the release entered its current status. Every status change sets it, in the same transaction as the change; stage time limits count from it."
          },
          "overdue": {
            "$ref": "#/components/schemas/ReleaseOverdue"
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
      "ReleaseOverdue": {
        "type": "object",
        "description": "Present when the release has stayed in its status at least as long as the status's time limit (config releases.stages.timeLimits), computed from the clock when the release is read, never stored. The release's followers are notified once per stay in the status; leaving the status and coming back starts a new stay.",
        "properties": {
          "status": {
            "type": "string",
            "description": "The status the release is over its limit in.",
            "enum": [
              "planning",
              "build",
              "test",
              "readiness",
              "approved",
              "deploying",
              "deployed",
              "review"
            ]
          },
          "enteredAt": {
            "type": "string",
            "description": "ISO 8601 UTC; when the release entered the status (its stageEnteredAt)."
          },
          "limit": {
            "type": "string",
            "description": "The status's time limit, an ISO 8601 duration such as P14D."
          },
          "dueAt": {
            "type": "string",
            "description": "ISO 8601 UTC; enteredAt plus limit, counted in UTC (a day is 24 hours whatever the time zone does). The release is overdue from this instant on."
          }
        },
        "required": [
          "status",
          "enteredAt",
          "limit",
          "dueAt"
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
      },
      "ContentItem": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "artifact",
              "config",
              "document"
            ]
          },
          "checksum": {
            "type": "string",
            "description": "Required for artifacts, such as sha256:9f86d08…"
          },
          "source": {
            "type": "string",
            "description": "Where the item lives in the definitive software library."
          }
        },
        "required": [
          "name",
          "version",
          "kind"
        ],
        "additionalProperties": false
      },
      "TestResult": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "environment": {
            "type": "string"
          },
          "passed": {
            "type": "boolean"
          },
          "recordedAt": {
            "type": "string"
          },
          "recordedBy": {
            "type": "string"
          }
        },
        "required": [
          "name",
          "passed",
          "recordedAt",
          "recordedBy"
        ],
        "additionalProperties": false
      },
      "BackoutPlan": {
        "type": "object",
        "properties": {
          "steps": {
            "type": "string"
          },
          "tested": {
            "type": "boolean"
          }
        },
        "required": [
          "steps",
          "tested"
        ],
        "additionalProperties": false
      },
      "PirOutcome": {
        "type": "object",
        "properties": {
          "outcome": {
            "type": "string",
            "enum": [
              "successful",
              "partial",
              "failed"
            ]
          },
          "notes": {
            "type": "string"
          }
        },
        "required": [
          "outcome",
          "notes"
        ],
        "additionalProperties": false
      },
      "Approval": {
        "type": "object",
        "properties": {
          "gate": {
            "type": "string",
            "enum": [
              "trr",
              "rrr",
              "cab",
              "ecab"
            ]
          },
          "decision": {
            "type": "string",
            "enum": [
              "approve",
              "reject"
            ]
          },
          "by": {
            "type": "string"
          },
          "at": {
            "type": "string"
          },
          "comment": {
            "type": "string"
          }
        },
        "required": [
          "gate",
          "decision",
          "by",
          "at"
        ],
        "additionalProperties": false
      },
      "ReleaseInput": {
        "type": "object",
        "description": "The fields a person edits. Types are checked here; values are checked field by field at the edge, so that a 400 names every bad field and what it accepts.",
        "properties": {
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "unitType": {
            "type": "string",
            "description": "delta, full or package."
          },
          "category": {
            "type": "string",
            "description": "scheduled, unscheduled or emergency."
          },
          "version": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
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
            }
          },
          "parentId": {
            "type": "string"
          },
          "schedule": {
            "type": "array",
            "items": {
              "type": "object"
            }
          },
          "contents": {
            "type": "array",
            "items": {
              "type": "object"
            }
          },
          "testPlan": {
            "type": "string"
          },
          "backoutPlan": {
            "type": "object"
          },
          "acceptanceCriteria": {
            "type": "string"
          },
          "knownErrors": {
            "type": "string"
          },
          "distributionLists": {
            "type": "array",
            "description": "Names of configured distribution lists whose members get the release's notifications; a name that is not configured is a 400 naming distributionLists. It may still change after approval.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "GateFailure": {
        "type": "object",
        "properties": {
          "gate": {
            "type": "string"
          },
          "field": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "gate",
          "message"
        ],
        "additionalProperties": false
      },
      "TransitionPreview": {
        "type": "object",
        "properties": {
          "to": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "allowed": {
            "type": "boolean"
          },
          "needsReason": {
            "type": "boolean"
          },
          "failures": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/GateFailure"
            }
          }
        },
        "required": [
          "to",
          "allowed",
          "needsReason",
          "failures"
        ],
        "additionalProperties": false
      },
      "HistoryEntry": {
        "type": "object",
        "properties": {
          "releaseId": {
            "type": "string"
          },
          "revision": {
            "type": "integer"
          },
          "action": {
            "type": "string",
            "enum": [
              "created",
              "updated",
              "transitioned",
              "approval",
              "test-results",
              "conflict-override"
            ]
          },
          "by": {
            "type": "string"
          },
          "at": {
            "type": "string"
          },
          "from": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "to": {
            "$ref": "#/components/schemas/ReleaseStatus"
          },
          "reason": {
            "type": "string"
          },
          "changes": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "field": {
                  "type": "string"
                },
                "before": {},
                "after": {}
              },
              "required": [
                "field"
              ]
            }
          }
        },
        "required": [
          "releaseId",
          "revision",
          "action",
          "by",
          "at",
          "changes"
        ],
        "additionalProperties": false
      },
      "Change": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "environment": {
            "type": "string"
          },
          "start": {
            "type": "string"
          },
          "end": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "planned",
              "in_progress",
              "done",
              "cancelled"
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
          "owner": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "externalId": {
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
          "revision": {
            "type": "integer"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "title",
          "description",
          "entityRefs",
          "environment",
          "start",
          "end",
          "status",
          "category",
          "source",
          "revision",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "additionalProperties": false
      },
      "Deployment": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "environment": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "started",
              "succeeded",
              "failed"
            ]
          },
          "at": {
            "type": "string"
          },
          "releaseId": {
            "type": "string"
          },
          "authorized": {
            "type": "boolean",
            "description": "false when no approved release covered it (an unauthorized implementation)."
          },
          "reportedBy": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "entityRef",
          "environment",
          "status",
          "at",
          "authorized",
          "reportedBy"
        ],
        "additionalProperties": false
      },
      "WindowInput": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "spec": {
            "type": "object",
            "description": "A ChangeWindow spec: type, enforcement, timezone, start/end or rrule/dtstart/duration (+ exdates), scope, allowCategories, owner."
          }
        }
      },
      "ScheduleWindow": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "The entity ref of a catalog window, or the id of an API window."
          },
          "source": {
            "type": "string",
            "enum": [
              "catalog",
              "api"
            ]
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "spec": {
            "type": "object"
          },
          "revision": {
            "type": "integer"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "source",
          "title",
          "description",
          "spec"
        ],
        "additionalProperties": false
      },
      "CiClass": {
        "type": "string",
        "enum": [
          "application",
          "service",
          "database",
          "server",
          "network",
          "hardware",
          "document",
          "library",
          "website",
          "api",
          "other"
        ]
      },
      "Criticality": {
        "type": "string",
        "enum": [
          "low",
          "medium",
          "high",
          "critical"
        ]
      },
      "Ci": {
        "type": "object",
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "ciId": {
            "type": "string",
            "description": "The id in an external CMDB (stagegate.dev/ci-id); the entity ref when not given."
          },
          "ciClass": {
            "$ref": "#/components/schemas/CiClass"
          },
          "ciClassSource": {
            "type": "string",
            "enum": [
              "annotation",
              "derived"
            ],
            "description": "Whether the class came from stagegate.dev/ci-class or from the kind and spec.type."
          },
          "criticality": {
            "$ref": "#/components/schemas/Criticality"
          },
          "environments": {
            "type": "array",
            "description": "stagegate.dev/environments, or every configured environment.",
            "items": {
              "type": "string"
            }
          },
          "owner": {
            "type": "string"
          },
          "system": {
            "type": "string"
          },
          "distributionLists": {
            "type": "array",
            "description": "On a System, the distribution lists its releases notify, from its stagegate.dev/distribution-lists annotation.",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "entityRef",
          "kind",
          "title",
          "ciId",
          "ciClass",
          "ciClassSource",
          "environments"
        ]
      },
      "CiPage": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Ci"
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
      },
      "CiRelation": {
        "type": "object",
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "dependsOn",
              "partOf",
              "consumesApi",
              "dependencyOf",
              "hasPart",
              "providesApi",
              "apiConsumedBy",
              "apiProvidedBy"
            ]
          }
        },
        "required": [
          "entityRef",
          "kind",
          "title",
          "type"
        ],
        "additionalProperties": false
      },
      "WindowOccurrence": {
        "type": "object",
        "description": "A half-open interval [start, end) in UTC.",
        "properties": {
          "start": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "end": {
            "type": "string",
            "description": "ISO 8601 date-time."
          }
        },
        "required": [
          "start",
          "end"
        ],
        "additionalProperties": false
      },
      "CiWindow": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "The entity ref of a catalog window, or the id of an API window."
          },
          "source": {
            "type": "string",
            "enum": [
              "catalog",
              "api"
            ]
          },
          "entityRef": {
            "type": "string",
            "description": "The entity ref of a catalog window."
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "blackout",
              "maintenance"
            ]
          },
          "enforcement": {
            "type": "string",
            "enum": [
              "warn",
              "approval",
              "block"
            ]
          },
          "timezone": {
            "type": "string",
            "description": "The IANA zone the window is defined in."
          },
          "rrule": {
            "type": "string"
          },
          "allowCategories": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "scheduled",
                "unscheduled",
                "emergency"
              ]
            }
          },
          "environments": {
            "type": "array",
            "description": "The CI's environments the window covers.",
            "items": {
              "type": "string"
            }
          },
          "current": {
            "$ref": "#/components/schemas/WindowOccurrence"
          },
          "next": {
            "$ref": "#/components/schemas/WindowOccurrence"
          }
        },
        "required": [
          "id",
          "source",
          "title",
          "type",
          "enforcement",
          "timezone",
          "allowCategories",
          "environments"
        ],
        "additionalProperties": false
      },
      "FreezeStatus": {
        "type": "object",
        "description": "frozen: a blackout window is under way until `until`; upcoming: the next blackout starts at `from`; none: no blackout window applies.",
        "properties": {
          "state": {
            "type": "string",
            "enum": [
              "frozen",
              "upcoming",
              "none"
            ]
          },
          "window": {
            "$ref": "#/components/schemas/CiWindow"
          },
          "until": {
            "type": "string",
            "description": "ISO 8601 date-time."
          },
          "from": {
            "type": "string",
            "description": "ISO 8601 date-time."
          }
        },
        "required": [
          "state"
        ],
        "additionalProperties": false
      },
      "CiDetail": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Ci"
          },
          {
            "type": "object",
            "properties": {
              "relations": {
                "type": "object",
                "properties": {
                  "upstream": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CiRelation"
                    }
                  },
                  "downstream": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CiRelation"
                    }
                  }
                },
                "required": [
                  "upstream",
                  "downstream"
                ],
                "additionalProperties": false
              },
              "windows": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CiWindow"
                }
              },
              "freeze": {
                "$ref": "#/components/schemas/FreezeStatus"
              }
            },
            "required": [
              "relations",
              "windows",
              "freeze"
            ]
          }
        ]
      },
      "RelatedCi": {
        "type": "object",
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "distance": {
            "type": "integer",
            "minimum": 1
          }
        },
        "required": [
          "entityRef",
          "kind",
          "title",
          "distance"
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
